using System.Text.RegularExpressions;

namespace PodSim.Manifests;

/// <summary>
/// Resolves plain (unquoted) scalars the way Kubernetes' YAML decoder does (YAML 1.1 style, as go-yaml v2):
/// so <c>8080</c> is an integer, <c>yes</c> a boolean and <c>"8080"</c> a string.
/// </summary>
internal static partial class ScalarResolver
{
    public static ScalarKind Resolve(string text)
    {
        if (text.Length == 0)
        {
            return ScalarKind.Null;
        }

        switch (text)
        {
            case "~" or "null" or "Null" or "NULL":
                return ScalarKind.Null;
            case "y" or "Y" or "yes" or "Yes" or "YES" or "on" or "On" or "ON" or "true" or "True" or "TRUE"
                or "n" or "N" or "no" or "No" or "NO" or "off" or "Off" or "OFF" or "false" or "False" or "FALSE":
                return ScalarKind.Boolean;
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF" or "-.inf" or "-.Inf" or "-.INF" or ".nan" or ".NaN" or ".NAN":
                return ScalarKind.Float;
        }

        var c = text[0];
        if (!char.IsAsciiDigit(c) && c != '-' && c != '+' && c != '.')
        {
            return ScalarKind.String;
        }

        if (IntegerPattern().IsMatch(text))
        {
            return ScalarKind.Integer;
        }

        return FloatPattern().IsMatch(text) ? ScalarKind.Float : ScalarKind.String;
    }

    /// <summary>
    /// Whether a string must be quoted when written: it would read back as something other than the same string,
    /// or it looks like a YAML timestamp (which kubectl's YAML printer quotes too).
    /// </summary>
    public static bool NeedsQuotes(string text) => Resolve(text) != ScalarKind.String || text == "<<" || TimestampPattern().IsMatch(text);

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex TimestampPattern();

    [GeneratedRegex(@"^[-+]?(0|[1-9][0-9_]*|0[0-7_]+|0x[0-9a-fA-F_]+|0b[01_]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9][0-9_]*|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FloatPattern();
}
