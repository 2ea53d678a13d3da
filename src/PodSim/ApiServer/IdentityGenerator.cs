using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PodSim.ApiServer;

/// <summary>
/// Derives identifiers (UIDs, container IDs, image digests) from the seed and the thing's identity with SHA-256, so
/// that the same input and seed always give the same identifiers and no two simulations share state.
/// </summary>
internal sealed class IdentityGenerator(long seed)
{
    /// <summary>A UID in the RFC 4122 layout (version 4 bits set) for an object.</summary>
    public string Uid(string kind, string? ns, string? name, long ordinal)
    {
        var hash = Hash("uid", kind, ns ?? string.Empty, name ?? string.Empty, ordinal.ToString(CultureInfo.InvariantCulture));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x40);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(hash, 0, 16);
        return hex[..8] + "-" + hex[8..12] + "-" + hex[12..16] + "-" + hex[16..20] + "-" + hex[20..32];
    }

    /// <summary>
    /// A name from <c>generateName</c>: the prefix (cut to 58 characters) and five characters from the API server's
    /// alphabet (no vowels, no look-alike digits), derived from the seed instead of drawn at random.
    /// </summary>
    public string GeneratedName(string prefix, long ordinal) =>
        Admission.GeneratedNames.FromHash(prefix, Hash("name", prefix, ordinal.ToString(CultureInfo.InvariantCulture)));

    /// <summary>
    /// A name an admission plugin generates for a part of an object, such as the service account token volume of a
    /// pod: the prefix and five characters derived from the seed and the owner's UID.
    /// </summary>
    public string GeneratedNameFor(string prefix, string ownerUid) =>
        Admission.GeneratedNames.FromHash(prefix, Hash("generated", prefix, ownerUid));

    /// <summary>A containerd container ID for one instance of a container.</summary>
    public string ContainerId(string podUid, string container, int restartCount) =>
        "containerd://" + Convert.ToHexStringLower(Hash("container", podUid, container, restartCount.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The image ID (repo digest) a runtime reports for an image.</summary>
    public static string ImageId(string fullImage)
    {
        var at = fullImage.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            return fullImage;
        }

        // Strip the tag (a colon after the last slash) to get the repository.
        var slash = fullImage.LastIndexOf('/');
        var colon = fullImage.LastIndexOf(':');
        var repository = colon > slash ? fullImage[..colon] : fullImage;
        return repository + "@sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("image/" + fullImage)));
    }

    private byte[] Hash(params string[] parts)
    {
        var text = seed.ToString(CultureInfo.InvariantCulture) + "\u001f" + string.Join('\u001f', parts);
        return SHA256.HashData(Encoding.UTF8.GetBytes(text));
    }
}
