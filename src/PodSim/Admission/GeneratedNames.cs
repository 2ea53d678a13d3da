using System.Security.Cryptography;
using System.Text;

namespace PodSim.Admission;

/// <summary>
/// The API server's name generator (<c>apiserver/pkg/storage/names</c> <c>SimpleNameGenerator</c>): the prefix, cut
/// to 58 characters, and five characters from an alphabet without vowels or look-alike digits. Upstream draws them at
/// random; PodSim takes them from a hash, so the same identity always gives the same name.
/// </summary>
internal static class GeneratedNames
{
    private const string Alphabet = "bcdfghjklmnpqrstvwxz2456789";
    private const int MaxPrefix = 58;
    private const int SuffixLength = 5;

    /// <summary>The generated name, its five characters taken from the first bytes of <paramref name="hash"/>.</summary>
    /// <param name="prefix">The prefix, such as <c>kube-api-access-</c>.</param>
    /// <param name="hash">At least five bytes that identify what is named.</param>
    /// <returns>The name.</returns>
    public static string FromHash(string prefix, ReadOnlySpan<byte> hash)
    {
        Span<char> suffix = stackalloc char[SuffixLength];
        for (var i = 0; i < SuffixLength; i++)
        {
            suffix[i] = Alphabet[hash[i] % Alphabet.Length];
        }

        return (prefix.Length > MaxPrefix ? prefix[..MaxPrefix] : prefix) + new string(suffix);
    }

    /// <summary>The generated name, its five characters derived (SHA-256) from the prefix and the identity.</summary>
    /// <param name="prefix">The prefix.</param>
    /// <param name="identity">The parts that identify what is named, such as a namespace and a name.</param>
    /// <returns>The name.</returns>
    public static string FromIdentity(string prefix, params string[] identity) =>
        FromHash(prefix, SHA256.HashData(Encoding.UTF8.GetBytes(prefix + "\u001f" + string.Join('\u001f', identity))));
}
