using System.Globalization;
using System.Text;
using PodSim.Model;

namespace PodSim.Printing;

/// <summary>Small value formats shared by the describe sections, matching Go's output of the same values.</summary>
internal static class DescribeFormat
{
    /// <summary>Go's zero time in RFC 1123 with numeric zone, printed for an unset timestamp.</summary>
    public const string ZeroTime = "Mon, 01 Jan 0001 00:00:00 +0000";

    /// <summary>Formats a time as Go's <c>time.RFC1123Z</c> (<c>Mon, 02 Jan 2006 15:04:05 -0700</c>) in its own offset.</summary>
    public static string Rfc1123Z(DateTimeOffset? time)
    {
        if (time is not { } t)
        {
            return ZeroTime;
        }

        var offset = t.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return t.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture) +
            sign + abs.Hours.ToString("00", CultureInfo.InvariantCulture) + abs.Minutes.ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>kubectl's <c>printBool</c>: <c>True</c> or <c>False</c>.</summary>
    public static string TitleBool(bool? value) => value == true ? "True" : "False";

    /// <summary>Go's <c>%v</c> of a bool: <c>true</c> or <c>false</c>.</summary>
    public static string GoBool(bool? value) => value == true ? "true" : "false";

    /// <summary>An integer in invariant culture.</summary>
    public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The keys of a map in byte order (Go's <c>sort.Strings</c>).</summary>
    public static List<string> SortedKeys<TValue>(IReadOnlyDictionary<string, TValue> map)
    {
        var keys = new List<string>(map.Count);
        foreach (var key in map.Keys)
        {
            keys.Add(key);
        }

        keys.Sort(StringComparer.Ordinal);
        return keys;
    }

    /// <summary>Go's <c>%q</c> of a string: double-quoted with backslash escapes.</summary>
    public static string GoQuote(string text)
    {
        var sb = new StringBuilder(text.Length + 2).Append('"');
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\a': sb.Append("\\a"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\v': sb.Append("\\v"); break;
                default:
                    if (ch < 0x20 || ch == 0x7f)
                    {
                        sb.Append("\\x").Append(((int)ch).ToString("x2", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(ch);
                    }

                    break;
            }
        }

        return sb.Append('"').ToString();
    }

    /// <summary>
    /// <c>metav1.FormatLabelSelector</c>: requirements sorted by key and joined by commas (<c>a=b,c in (d,e),!f</c>),
    /// <c>&lt;none&gt;</c> for an empty selector and <c>&lt;error&gt;</c> for an invalid one.
    /// </summary>
    public static string LabelSelector(LabelSelector selector)
    {
        var requirements = new List<(string Key, string Text)>();
        foreach (var key in SortedKeys(selector.MatchLabels))
        {
            requirements.Add((key, key + "=" + selector.MatchLabels[key]));
        }

        foreach (var expression in selector.MatchExpressions)
        {
            var key = expression.Key ?? string.Empty;
            var values = new List<string>(expression.Values);
            values.Sort(StringComparer.Ordinal);
            string? text = expression.Operator switch
            {
                "In" when values.Count > 0 => key + " in (" + string.Join(',', values) + ")",
                "NotIn" when values.Count > 0 => key + " notin (" + string.Join(',', values) + ")",
                "Exists" when values.Count == 0 => key,
                "DoesNotExist" when values.Count == 0 => "!" + key,
                _ => null,
            };
            if (text is null)
            {
                return "<error>";
            }

            requirements.Add((key, text));
        }

        if (requirements.Count == 0)
        {
            return "<none>";
        }

        var sorted = requirements.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Text);
        return string.Join(',', sorted);
    }
}
