using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace PodSim.Validation;

/// <summary>
/// Name and value format checks with the exact messages of apimachinery's <c>util/validation</c>.
/// Each method returns the list of problems (empty when the value is valid).
/// </summary>
internal static partial class NameValidation
{
    /// <summary>The maximum length of a DNS-1123 label (63).</summary>
    public const int Dns1123LabelMaxLength = 63;

    /// <summary>The maximum length of a DNS-1123 subdomain (253).</summary>
    public const int Dns1123SubdomainMaxLength = 253;

    /// <summary>The maximum length of a DNS-1035 label (63).</summary>
    public const int Dns1035LabelMaxLength = 63;

    /// <summary>The maximum length of a label value (63).</summary>
    public const int LabelValueMaxLength = 63;

    /// <summary>The maximum length of the name part of a qualified name (63).</summary>
    public const int QualifiedNameMaxLength = 63;

    private const string Dns1123LabelFmt = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    private const string Dns1123SubdomainFmt = Dns1123LabelFmt + "(\\." + Dns1123LabelFmt + ")*";
    private const string Dns1035LabelFmt = "[a-z]([-a-z0-9]*[a-z0-9])?";
    private const string QualifiedNameFmt = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
    private const string LabelValueFmt = "(" + QualifiedNameFmt + ")?";
    private const string EnvVarNameFmt = "[-._a-zA-Z][-._a-zA-Z0-9]*";
    private const string CIdentifierFmt = "[A-Za-z_][A-Za-z0-9_]*";
    private const string ConfigMapKeyFmt = "[-._a-zA-Z0-9]+";
    private const string HttpHeaderNameFmt = "[-A-Za-z0-9]+";

    /// <summary>Formats upstream's <c>InclusiveRangeError</c>: <c>must be between lo and hi, inclusive</c>.</summary>
    /// <param name="lo">The lower bound.</param>
    /// <param name="hi">The upper bound.</param>
    /// <returns>The message.</returns>
    public static string InclusiveRangeError(long lo, long hi) =>
        string.Create(CultureInfo.InvariantCulture, $"must be between {lo} and {hi}, inclusive");

    /// <summary>Formats upstream's <c>MaxLenError</c>: <c>must be no more than n characters</c>.</summary>
    /// <param name="length">The limit.</param>
    /// <returns>The message.</returns>
    public static string MaxLenError(int length) =>
        string.Create(CultureInfo.InvariantCulture, $"must be no more than {length} characters");

    /// <summary>Gets upstream's <c>EmptyError</c>: <c>must be non-empty</c>.</summary>
    public static string EmptyError => "must be non-empty";

    /// <summary>Checks a lowercase RFC 1123 label (container, volume and port-ish names, namespaces, hostnames).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The problems.</returns>
    public static IReadOnlyList<string> IsDns1123Label(string value)
    {
        var errs = new List<string>();
        if (value.Length > Dns1123LabelMaxLength)
        {
            errs.Add(MaxLenError(Dns1123LabelMaxLength));
        }

        if (!Dns1123LabelRegex().IsMatch(value))
        {
            if (IsDns1123Subdomain(value).Count == 0)
            {
                errs.Add("must not contain dots");
            }
            else
            {
                errs.Add(RegexError(
                    "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character",
                    Dns1123LabelFmt,
                    "my-name",
                    "123-abc"));
            }
        }

        return errs;
    }

    /// <summary>Checks a lowercase RFC 1123 subdomain (Pod names, serviceAccountName, nodeName).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The problems.</returns>
    public static IReadOnlyList<string> IsDns1123Subdomain(string value) => LengthAndFormat(
        value,
        Dns1123SubdomainMaxLength,
        Dns1123SubdomainRegex().IsMatch(value),
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
        Dns1123SubdomainFmt,
        "example.com");

    /// <summary>Checks a DNS-1035 label (Service names).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The problems.</returns>
    public static IReadOnlyList<string> IsDns1035Label(string value) => LengthAndFormat(
        value,
        Dns1035LabelMaxLength,
        Dns1035LabelRegex().IsMatch(value),
        "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character",
        Dns1035LabelFmt,
        "my-name",
        "abc-123");

    /// <summary>The common shape of the name checks: a length limit, then one format message with examples.</summary>
    private static List<string> LengthAndFormat(string value, int maxLength, bool formatMatches, string message, string format, params string[] examples)
    {
        var errs = new List<string>();
        if (value.Length > maxLength)
        {
            errs.Add(MaxLenError(maxLength));
        }

        if (!formatMatches)
        {
            errs.Add(RegexError(message, format, examples));
        }

        return errs;
    }

    /// <summary>Checks a qualified name (label and annotation keys): an optional DNS subdomain prefix and <c>/</c>, then a name.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The problems.</returns>
    public static IReadOnlyList<string> IsQualifiedName(string value)
    {
        var errs = new List<string>();
        var parts = value.Split('/');
        string name;
        switch (parts.Length)
        {
            case 1:
                name = parts[0];
                break;
            case 2:
                var prefix = parts[0];
                name = parts[1];
                if (prefix.Length == 0)
                {
                    errs.Add("prefix part " + EmptyError);
                }
                else
                {
                    foreach (var msg in IsDns1123Subdomain(prefix))
                    {
                        errs.Add("prefix part " + msg);
                    }
                }

                break;
            default:
                errs.Add("a qualified name " + RegexError(QualifiedNameErrMsg, QualifiedNameFmt, "MyName", "my.name", "123-abc") +
                    " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')");
                return errs;
        }

        if (name.Length == 0)
        {
            errs.Add("name part " + EmptyError);
        }
        else if (name.Length > QualifiedNameMaxLength)
        {
            errs.Add("name part " + MaxLenError(QualifiedNameMaxLength));
        }

        if (!QualifiedNameRegex().IsMatch(name))
        {
            errs.Add("name part " + RegexError(QualifiedNameErrMsg, QualifiedNameFmt, "MyName", "my.name", "123-abc"));
        }

        return errs;
    }

    /// <summary>Checks a label value: empty, or at most 63 characters of the label alphabet.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The problems.</returns>
    public static IReadOnlyList<string> IsValidLabelValue(string value)
    {
        var errs = new List<string>();
        if (value.Length > LabelValueMaxLength)
        {
            errs.Add(MaxLenError(LabelValueMaxLength));
        }

        if (!LabelValueRegex().IsMatch(value))
        {
            errs.Add(RegexError(
                "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
                LabelValueFmt,
                "MyValue",
                "my_value",
                "12345"));
        }

        return errs;
    }

    /// <summary>Checks an IANA service name as used for container port names.</summary>
    /// <param name="port">The port name.</param>
    /// <returns>The problems.</returns>
    public static IReadOnlyList<string> IsValidPortName(string port)
    {
        var errs = new List<string>();
        if (port.Length > 15)
        {
            errs.Add("must be no more than 15 characters");
        }

        if (!PortNameCharsetRegex().IsMatch(port))
        {
            errs.Add("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
        }

        if (!PortNameOneLetterRegex().IsMatch(port))
        {
            errs.Add("must contain at least one letter (a-z)");
        }

        if (port.Contains("--", StringComparison.Ordinal))
        {
            errs.Add("must not contain consecutive hyphens");
        }

        if (port.Length > 0 && (port[0] == '-' || port[^1] == '-'))
        {
            errs.Add("must not begin or end with a hyphen");
        }

        return errs;
    }

    /// <summary>Checks a port number (1..65535).</summary>
    /// <param name="port">The port.</param>
    /// <returns>The problems.</returns>
    public static IReadOnlyList<string> IsValidPortNum(int port) =>
        port is >= 1 and <= 65535 ? [] : [InclusiveRangeError(1, 65535)];

    /// <summary>Checks a Linux user ID (0..2147483647).</summary>
    /// <param name="uid">The user ID.</param>
    /// <returns>The problems.</returns>
    public static IReadOnlyList<string> IsValidUserId(long uid) =>
        uid is >= 0 and <= int.MaxValue ? [] : [InclusiveRangeError(0, int.MaxValue)];

    /// <summary>Checks a Linux group ID (0..2147483647).</summary>
    /// <param name="gid">The group ID.</param>
    /// <returns>The problems.</returns>
    public static IReadOnlyList<string> IsValidGroupId(long gid) =>
        gid is >= 0 and <= int.MaxValue ? [] : [InclusiveRangeError(0, int.MaxValue)];

    /// <summary>Checks an environment variable name with the strict rule (also used for <c>envFrom.prefix</c>).</summary>
    /// <param name="value">The name.</param>
    /// <returns>The problems.</returns>
    public static IReadOnlyList<string> IsEnvVarName(string value)
    {
        var errs = new List<string>();
        if (!EnvVarNameRegex().IsMatch(value))
        {
            errs.Add(RegexError(
                "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit",
                EnvVarNameFmt,
                "my.env-name",
                "MY_ENV.NAME",
                "MyEnvName1"));
        }

        errs.AddRange(HasChDirPrefix(value));
        return errs;
    }

    /// <summary>Checks an environment variable name with the relaxed rule (printable ASCII other than <c>=</c>).</summary>
    /// <param name="value">The name.</param>
    /// <returns>The problems.</returns>
    public static IReadOnlyList<string> IsRelaxedEnvVarName(string value)
    {
        foreach (var c in value)
        {
            if (c is < ' ' or > '~' or '=')
            {
                return ["a valid environment variable name must consist only of printable ASCII characters other than '='"];
            }
        }

        return [];
    }

    /// <summary>Checks a C identifier.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The problems.</returns>
    public static IReadOnlyList<string> IsCIdentifier(string value) =>
        CIdentifierRegex().IsMatch(value)
            ? []
            : [RegexError("a valid C identifier must start with alphabetic character or '_', followed by a string of alphanumeric characters or '_'", CIdentifierFmt, "my_name", "MY_NAME", "MyName")];

    /// <summary>Checks a ConfigMap or Secret key.</summary>
    /// <param name="value">The key.</param>
    /// <returns>The problems.</returns>
    public static IReadOnlyList<string> IsConfigMapKey(string value)
    {
        var errs = new List<string>();
        if (value.Length > Dns1123SubdomainMaxLength)
        {
            errs.Add(MaxLenError(Dns1123SubdomainMaxLength));
        }

        if (!ConfigMapKeyRegex().IsMatch(value))
        {
            errs.Add(RegexError("a valid config key must consist of alphanumeric characters, '-', '_' or '.'", ConfigMapKeyFmt, "key.name", "KEY_NAME", "key-name"));
        }

        errs.AddRange(HasChDirPrefix(value));
        return errs;
    }

    /// <summary>Checks an HTTP header name.</summary>
    /// <param name="value">The header name.</param>
    /// <returns>The problems.</returns>
    public static IReadOnlyList<string> IsHttpHeaderName(string value) =>
        HttpHeaderNameRegex().IsMatch(value)
            ? []
            : [RegexError("a valid HTTP header must consist of alphanumeric characters or '-'", HttpHeaderNameFmt, "X-Header-Name")];

    /// <summary>Checks an IP address (IPv4 or IPv6).</summary>
    /// <param name="value">The address.</param>
    /// <returns>The problems.</returns>
    public static IReadOnlyList<string> IsValidIP(string value)
    {
        var ok = value.Length > 0 && !value.Contains('%', StringComparison.Ordinal) && IPAddress.TryParse(value, out var ip) &&
            (value.Contains(':', StringComparison.Ordinal) ? ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 : value.Split('.').Length == 4);
        return ok ? [] : ["must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"];
    }

    /// <summary>Checks a resource name as a DNS-1123 subdomain, masking a trailing dash when it is a generateName prefix.</summary>
    /// <param name="name">The name.</param>
    /// <param name="prefix">Whether the name is a generateName prefix.</param>
    /// <returns>The problems.</returns>
    public static IReadOnlyList<string> NameIsDnsSubdomain(string name, bool prefix) => IsDns1123Subdomain(prefix ? MaskTrailingDash(name) : name);

    /// <summary>Checks a resource name as a DNS-1123 label, masking a trailing dash when it is a generateName prefix.</summary>
    /// <param name="name">The name.</param>
    /// <param name="prefix">Whether the name is a generateName prefix.</param>
    /// <returns>The problems.</returns>
    public static IReadOnlyList<string> NameIsDnsLabel(string name, bool prefix) => IsDns1123Label(prefix ? MaskTrailingDash(name) : name);

    /// <summary>Checks a resource name as a DNS-1035 label, masking a trailing dash when it is a generateName prefix.</summary>
    /// <param name="name">The name.</param>
    /// <param name="prefix">Whether the name is a generateName prefix.</param>
    /// <returns>The problems.</returns>
    public static IReadOnlyList<string> NameIsDns1035Label(string name, bool prefix) => IsDns1035Label(prefix ? MaskTrailingDash(name) : name);

    private const string QualifiedNameErrMsg = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

    private static string MaskTrailingDash(string name) =>
        name.Length > 1 && name.EndsWith('-') ? name[..^2] + "a" : name;

    private static List<string> HasChDirPrefix(string value)
    {
        var errs = new List<string>();
        switch (value)
        {
            case ".":
                errs.Add("must not be '.'");
                break;
            case "..":
                errs.Add("must not be '..'");
                break;
            default:
                if (value.StartsWith("..", StringComparison.Ordinal))
                {
                    errs.Add("must not start with '..'");
                }

                break;
        }

        return errs;
    }

    // Upstream's RegexError: each example is followed by "', " and joined with " or ", hence the double space.
    private static string RegexError(string msg, string fmt, params string[] examples)
    {
        var sb = new StringBuilder(msg);
        if (examples.Length == 0)
        {
            return sb.Append(" (regex used for validation is '").Append(fmt).Append("')").ToString();
        }

        sb.Append(" (e.g. ");
        for (var i = 0; i < examples.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(" or ");
            }

            sb.Append('\'').Append(examples[i]).Append("', ");
        }

        return sb.Append("regex used for validation is '").Append(fmt).Append("')").ToString();
    }

    [GeneratedRegex("^" + Dns1123LabelFmt + "\\z", RegexOptions.CultureInvariant)]
    private static partial Regex Dns1123LabelRegex();

    [GeneratedRegex("^" + Dns1123SubdomainFmt + "\\z", RegexOptions.CultureInvariant)]
    private static partial Regex Dns1123SubdomainRegex();

    [GeneratedRegex("^" + Dns1035LabelFmt + "\\z", RegexOptions.CultureInvariant)]
    private static partial Regex Dns1035LabelRegex();

    [GeneratedRegex("^" + QualifiedNameFmt + "\\z", RegexOptions.CultureInvariant)]
    private static partial Regex QualifiedNameRegex();

    [GeneratedRegex("^" + LabelValueFmt + "\\z", RegexOptions.CultureInvariant)]
    private static partial Regex LabelValueRegex();

    [GeneratedRegex("^" + EnvVarNameFmt + "\\z", RegexOptions.CultureInvariant)]
    private static partial Regex EnvVarNameRegex();

    [GeneratedRegex("^" + CIdentifierFmt + "\\z", RegexOptions.CultureInvariant)]
    private static partial Regex CIdentifierRegex();

    [GeneratedRegex("^" + ConfigMapKeyFmt + "\\z", RegexOptions.CultureInvariant)]
    private static partial Regex ConfigMapKeyRegex();

    [GeneratedRegex("^" + HttpHeaderNameFmt + "\\z", RegexOptions.CultureInvariant)]
    private static partial Regex HttpHeaderNameRegex();

    [GeneratedRegex("^[-a-z0-9]+\\z", RegexOptions.CultureInvariant)]
    private static partial Regex PortNameCharsetRegex();

    [GeneratedRegex("[a-z]", RegexOptions.CultureInvariant)]
    private static partial Regex PortNameOneLetterRegex();
}
