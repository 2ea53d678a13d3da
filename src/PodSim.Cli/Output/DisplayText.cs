using System.Globalization;
using System.Text;

namespace PodSim.Cli.Output;

/// <summary>
/// How <c>podsim inspect</c> shows values and file contents on a terminal: one line per value, quoted when the
/// value would otherwise be ambiguous or unsafe to print, and long content cut with a note of what was left out.
/// </summary>
internal static class DisplayText
{
    /// <summary>The most characters of one value or file line shown.</summary>
    public const int MaxLineLength = 120;

    /// <summary>The most lines of one file shown.</summary>
    public const int MaxFileLines = 20;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// A value on one line: as it is when plain, else in double quotes with Go-style escapes (empty values, values
    /// with control characters such as newlines, leading or trailing spaces, or a leading quote); cut after
    /// <see cref="MaxLineLength"/> characters.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>The text to print.</returns>
    public static string Value(string value) => Cut(NeedsQuotes(value) ? Quote(value) : value);

    /// <summary>Cuts a line after <see cref="MaxLineLength"/> characters, saying how many more there were.</summary>
    /// <param name="line">The line.</param>
    /// <returns>The line, or its start followed by <c>... (N more characters)</c>.</returns>
    public static string Cut(string line)
    {
        if (line.Length <= MaxLineLength)
        {
            return line;
        }

        // Never split a surrogate pair.
        var keep = char.IsHighSurrogate(line[MaxLineLength - 1]) ? MaxLineLength - 1 : MaxLineLength;
        return line[..keep] + "... (" + (line.Length - keep).ToString(CultureInfo.InvariantCulture) + " more characters)";
    }

    /// <summary>Decodes file content as text when it is printable UTF-8 (tabs and line ends allowed).</summary>
    /// <param name="content">The bytes.</param>
    /// <returns>The text, or null for binary content.</returns>
    public static string? AsText(ReadOnlySpan<byte> content)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lineEnd = c == '\n' || (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n');
            if (IsControl(c) && c != '\t' && !lineEnd)
            {
                return null;
            }
        }

        return text;
    }

    /// <summary>
    /// The lines of a file's text to print, each prefixed by <paramref name="indent"/> (an empty line stays empty):
    /// <c>&lt;empty&gt;</c> for no bytes, <c>&lt;binary data, N bytes&gt;</c> for content that is not text, and at
    /// most <see cref="MaxFileLines"/> lines (when <paramref name="cut"/>), then <c>... (N more lines)</c>.
    /// </summary>
    /// <param name="sb">Where to write.</param>
    /// <param name="content">The file's bytes.</param>
    /// <param name="indent">The indentation.</param>
    /// <param name="cut">Whether to cut long files and lines.</param>
    public static void AppendFile(StringBuilder sb, ReadOnlySpan<byte> content, string indent, bool cut)
    {
        if (content.Length == 0)
        {
            sb.Append(indent).Append("<empty>\n");
            return;
        }

        if (AsText(content) is not { } text)
        {
            sb.Append(indent).Append("<binary data, ").Append(content.Length.ToString(CultureInfo.InvariantCulture)).Append(" bytes>\n");
            return;
        }

        var lines = text.Split('\n');
        var count = text.EndsWith('\n') ? lines.Length - 1 : lines.Length;
        var shown = cut ? Math.Min(count, MaxFileLines) : count;
        for (var i = 0; i < shown; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length > 0)
            {
                sb.Append(indent).Append(cut ? Cut(line) : line);
            }

            sb.Append('\n');
        }

        if (shown < count)
        {
            sb.Append(indent).Append("... (").Append((count - shown).ToString(CultureInfo.InvariantCulture)).Append(" more lines)\n");
        }
    }

    /// <summary>Quotes a string with Go-style escapes: <c>\"</c>, <c>\\</c>, <c>\n</c>, <c>\t</c>, <c>\r</c>, other controls as <c>\x1b</c> or <c>\u0085</c>.</summary>
    /// <param name="value">The string.</param>
    /// <returns>The quoted string.</returns>
    public static string Quote(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                default:
                    if (c < 0x80 && IsControl(c))
                    {
                        sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    }
                    else if (IsControl(c))
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

        return sb.Append('"').ToString();
    }

    private static bool NeedsQuotes(string value)
    {
        if (value.Length == 0 || value[0] == '"' || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            return true;
        }

        foreach (var c in value)
        {
            if (IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    // C0, DEL and C1 controls, and the Unicode line and paragraph separators, which terminals also act on.
    private static bool IsControl(char c) => c < 0x20 || (c >= 0x7F && c < 0xA0) || c is '\u2028' or '\u2029';
}
