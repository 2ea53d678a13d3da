using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PodSim.Manifests;

/// <summary>
/// Lone UTF-16 surrogates: code units that are not half of a pair and so stand for no character. Kubernetes stores
/// UTF-8, which cannot hold them, so the loader refuses them; the writers, which may be given objects built in code,
/// escape them as <c>\uXXXX</c> instead of throwing.
/// </summary>
internal static class LoneSurrogates
{
    /// <summary>The index of the first lone surrogate in <paramref name="text"/>, or -1.</summary>
    public static int IndexIn(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The escape that names a code unit, such as <c>\uD800</c>.</summary>
    public static string Escape(char c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    /// <summary>The loader's message for a lone surrogate.</summary>
    public static string Message(string unit) =>
        $"invalid string: {unit} is a lone UTF-16 surrogate, not a character; give the character itself or both halves of a surrogate pair";

    /// <summary>A JSON string literal, quotes included, escaped as the JSON writer escapes, with lone surrogates as <c>\uXXXX</c>.</summary>
    public static string JsonLiteral(string text)
    {
        var sb = new StringBuilder(text.Length + 8).Append('"');
        var start = 0;
        for (var i = IndexIn(text); i >= 0; i = NextIndex(text, start))
        {
            sb.Append(JsonEncodedText.Encode(text.AsSpan(start, i - start), JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString()).Append(Escape(text[i]));
            start = i + 1;
        }

        return sb.Append(JsonEncodedText.Encode(text.AsSpan(start), JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString()).Append('"').ToString();
    }

    /// <summary>A YAML double-quoted scalar on one line, with lone surrogates and non-printable characters escaped.</summary>
    public static string YamlLiteral(string text)
    {
        var sb = new StringBuilder(text.Length + 8).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
                continue;
            }

            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\0': sb.Append("\\0"); break;
                case '\t': sb.Append("\\t"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\u0085': sb.Append("\\N"); break;
                case '\u2028': sb.Append("\\L"); break;
                case '\u2029': sb.Append("\\P"); break;
                default:
                    if (char.IsSurrogate(c) || c is '\uFEFF' or '\uFFFE' or '\uFFFF')
                    {
                        sb.Append(Escape(c));
                    }
                    else if (char.IsControl(c))
                    {
                        sb.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('"').ToString();
    }

    private static int NextIndex(string text, int start)
    {
        var rest = IndexIn(text[start..]);
        return rest < 0 ? -1 : start + rest;
    }
}
