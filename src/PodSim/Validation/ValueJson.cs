using System.Globalization;
using System.Text;
using PodSim.Manifests;

namespace PodSim.Validation;

/// <summary>
/// Compact JSON of model values, the way Go's <c>encoding/json</c> prints a bad value in a field error: no spaces,
/// fields in Kubernetes order, unset fields left out, <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> escaped.
/// </summary>
/// <remarks>
/// Upstream marshals its internal types; PodSim prints the v1 field names, as the rest of its validation does.
/// </remarks>
internal static class ValueJson
{
    /// <summary>Renders a model value (record, list, map or scalar) as compact JSON; null gives <c>null</c>.</summary>
    public static string Of(object? value) => value is null ? "null" : Of(ModelWriter.ToNode(value));

    /// <summary>Renders a node tree as compact JSON; null gives <c>null</c>.</summary>
    public static string Of(ManifestNode? node)
    {
        var sb = new StringBuilder();
        Write(sb, node);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, ManifestNode? node)
    {
        switch (node)
        {
            case null:
                sb.Append("null");
                break;
            case ManifestScalar s:
                switch (s.Kind)
                {
                    case ScalarKind.Integer or ScalarKind.Float or ScalarKind.Boolean:
                        sb.Append(s.Value);
                        break;
                    case ScalarKind.Null:
                        sb.Append("null");
                        break;
                    default:
                        WriteString(sb, s.Value);
                        break;
                }

                break;
            case ManifestSequence seq:
                sb.Append('[');
                for (var i = 0; i < seq.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(',');
                    }

                    Write(sb, seq.Items[i]);
                }

                sb.Append(']');
                break;
            case ManifestMapping map:
                sb.Append('{');
                for (var i = 0; i < map.Entries.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(',');
                    }

                    WriteString(sb, map.Entries[i].Key.Value);
                    sb.Append(':');
                    Write(sb, map.Entries[i].Value);
                }

                sb.Append('}');
                break;
        }
    }

    private static void WriteString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    // Go's encoder escapes control characters, HTML-significant characters and the JS line separators.
                    if (c < 0x20 || c is '<' or '>' or '&' or '\u2028' or '\u2029')
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
    }
}
