using System.Text.RegularExpressions;

namespace PodSim.Defaulting;

/// <summary>
/// The tag and digest of a container image reference, parsed the way upstream
/// <c>parsers.ParseImageName</c> does (docker <c>ParseNormalizedNamed</c>): an optional registry
/// (<c>host[:port]</c>, recognised by a <c>.</c>, a <c>:</c>, the name <c>localhost</c> or an upper-case letter
/// in the first path segment), a lower-case repository path, then <c>:tag</c> and/or <c>@digest</c>.
/// </summary>
internal static partial class ImageReference
{
    private const string DefaultDomain = "docker.io";
    private const string LegacyDefaultDomain = "index.docker.io";
    private const string OfficialRepositoryPrefix = "library/";
    private const int NameTotalLengthMax = 255;

    // The grammar of github.com/distribution/reference (regexp.go), written out with ASCII classes.
    private const string AlphaNumeric = "[a-z0-9]+";
    private const string Separator = "(?:[._]|__|[-]+)";
    private const string PathComponent = AlphaNumeric + "(?:" + Separator + AlphaNumeric + ")*";
    private const string DomainComponent = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
    private const string Ipv6Address = @"\[[a-fA-F0-9:]+\]";
    private const string Host = "(?:" + DomainComponent + @"(?:\." + DomainComponent + ")*|" + Ipv6Address + ")";
    private const string DomainAndPort = Host + "(?::[0-9]+)?";
    private const string Name = "(?:" + DomainAndPort + "/)?" + PathComponent + "(?:/" + PathComponent + ")*";
    private const string Tag = "[0-9A-Za-z_][0-9A-Za-z_.-]{0,127}";
    private const string Digest = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";
    private const string Reference = "^(?<name>" + Name + ")(?::(?<tag>" + Tag + "))?(?:@(?<digest>" + Digest + "))?\\z";

    /// <summary>
    /// Returns the tag that decides the default pull policy: the explicit tag, <c>latest</c> when the image names
    /// neither a tag nor a digest, and an empty string for a digest-only or unparsable reference (upstream ignores
    /// the parse error and the empty tag then selects <c>IfNotPresent</c>).
    /// </summary>
    /// <param name="image">The image reference.</param>
    /// <returns>The effective tag, possibly empty.</returns>
    public static string EffectiveTag(string? image)
    {
        if (!TryParse(image, out var tag, out var digest))
        {
            return string.Empty;
        }

        return tag.Length == 0 && digest.Length == 0 ? DefaultValues.ImageTag : tag;
    }

    /// <summary>Parses an image reference into its tag and digest, either of which may be empty.</summary>
    /// <param name="image">The image reference.</param>
    /// <param name="tag">The tag, or empty.</param>
    /// <param name="digest">The digest, or empty.</param>
    /// <returns>Whether the reference is valid.</returns>
    public static bool TryParse(string? image, out string tag, out string digest)
    {
        tag = string.Empty;
        digest = string.Empty;
        if (string.IsNullOrEmpty(image) || AnchoredIdentifierRegex().IsMatch(image))
        {
            return false;
        }

        var (domain, remainder) = SplitDomain(image);
        var colon = remainder.IndexOf(':', StringComparison.Ordinal);
        var remoteName = colon < 0 ? remainder : remainder[..colon];
        if (!string.Equals(remoteName, remoteName.ToLowerInvariant(), StringComparison.Ordinal))
        {
            return false;
        }

        var match = ReferenceRegex().Match(domain + "/" + remainder);
        if (!match.Success || match.Groups["name"].Length > NameTotalLengthMax)
        {
            return false;
        }

        var digestGroup = match.Groups["digest"];
        if (digestGroup.Success && !IsSupportedDigest(digestGroup.Value))
        {
            return false;
        }

        tag = match.Groups["tag"].Value;
        digest = digestGroup.Value;
        return true;
    }

    /// <summary>
    /// The fully qualified name a container runtime reports for an image: the registry made explicit
    /// (<c>docker.io/library/</c> for official images) and <c>:latest</c> when neither tag nor digest is given.
    /// </summary>
    /// <param name="image">The image reference.</param>
    /// <param name="fullName">The normalised name, or empty.</param>
    /// <returns>Whether the reference is valid.</returns>
    public static bool TryNormalize(string? image, out string fullName)
    {
        fullName = string.Empty;
        if (!TryParse(image, out var tag, out var digest))
        {
            return false;
        }

        var (domain, remainder) = SplitDomain(image!);
        fullName = domain + "/" + remainder + (tag.Length == 0 && digest.Length == 0 ? ":" + DefaultValues.ImageTag : string.Empty);
        return true;
    }

    private static (string Domain, string Remainder) SplitDomain(string image)
    {
        string domain;
        string remainder;
        var slash = image.IndexOf('/', StringComparison.Ordinal);
        var first = slash < 0 ? string.Empty : image[..slash];
        if (slash < 0
            || (first.IndexOfAny(['.', ':']) < 0
                && !string.Equals(first, "localhost", StringComparison.Ordinal)
                && string.Equals(first, first.ToLowerInvariant(), StringComparison.Ordinal)))
        {
            domain = DefaultDomain;
            remainder = image;
        }
        else
        {
            domain = first;
            remainder = image[(slash + 1)..];
        }

        if (string.Equals(domain, LegacyDefaultDomain, StringComparison.Ordinal))
        {
            domain = DefaultDomain;
        }

        if (string.Equals(domain, DefaultDomain, StringComparison.Ordinal) && !remainder.Contains('/', StringComparison.Ordinal))
        {
            remainder = OfficialRepositoryPrefix + remainder;
        }

        return (domain, remainder);
    }

    // go-digest registers sha256, sha384 and sha512; their encodings are lower-case hex of a fixed length.
    private static bool IsSupportedDigest(string digest)
    {
        var colon = digest.IndexOf(':', StringComparison.Ordinal);
        var length = digest[..colon] switch
        {
            "sha256" => 64,
            "sha384" => 96,
            "sha512" => 128,
            _ => -1,
        };
        var encoded = digest[(colon + 1)..];
        return encoded.Length == length && encoded.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));
    }

    [GeneratedRegex(Reference, RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceRegex();

    [GeneratedRegex("^[a-f0-9]{64}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex AnchoredIdentifierRegex();
}
