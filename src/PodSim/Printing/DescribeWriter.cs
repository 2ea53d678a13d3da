using System.Text;

namespace PodSim.Printing;

/// <summary>
/// kubectl describe's <c>PrefixWriter</c> over a tab writer with minimum width 0 and padding 2: each indent level
/// adds two spaces, output is escaped for the terminal, and cells before a tab line up over consecutive lines.
/// </summary>
internal sealed class DescribeWriter
{
    private readonly TabWriter _tabs = new(minWidth: 0, padding: 2);

    /// <summary>Writes <paramref name="text"/> indented by <paramref name="level"/> levels of two spaces.</summary>
    public void Write(int level, string text)
    {
        _tabs.Write(TerminalText.Escape(level == 0 ? text : new string(' ', 2 * level) + text));
    }

    /// <summary>Writes <paramref name="text"/> and a newline with no indent.</summary>
    public void WriteLine(string text) => _tabs.Write(TerminalText.Escape(text) + "\n");

    /// <summary>Ends the current alignment blocks.</summary>
    public void Flush() => _tabs.Flush();

    /// <summary>Returns the aligned output.</summary>
    public override string ToString() => _tabs.ToString();

    /// <summary>Writes a titled multi-line map (<c>printLabelsMultiline</c>): <c>&lt;none&gt;</c> or sorted <c>key=value</c> lines.</summary>
    public void WriteLabels(string title, IReadOnlyDictionary<string, string> labels)
    {
        Write(0, title + ":\t");
        if (labels.Count == 0)
        {
            WriteLine("<none>");
            return;
        }

        var first = true;
        foreach (var key in DescribeFormat.SortedKeys(labels))
        {
            if (!first)
            {
                Write(0, "\t");
            }

            first = false;
            Write(0, key + "=" + labels[key] + "\n");
        }
    }

    /// <summary>
    /// Writes annotations (<c>printAnnotationsMultiline</c>): sorted <c>key: value</c> lines without the
    /// last-applied-configuration; a value longer than the line limit or spanning lines is printed below its key,
    /// each line cut to 138 bytes plus <c>...</c>.
    /// </summary>
    public void WriteAnnotations(string title, IReadOnlyDictionary<string, string> annotations)
    {
        const int maxLength = 140;
        Write(0, title + ":\t");
        var keys = new List<string>();
        foreach (var key in DescribeFormat.SortedKeys(annotations))
        {
            if (key != "kubectl.kubernetes.io/last-applied-configuration")
            {
                keys.Add(key);
            }
        }

        if (keys.Count == 0)
        {
            WriteLine("<none>");
            return;
        }

        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            if (i != 0)
            {
                Write(0, "\t");
            }

            var value = annotations[key];
            if (value.EndsWith('\n'))
            {
                value = value[..^1];
            }

            // Lengths are UTF-8 byte counts, as in Go.
            if (Encoding.UTF8.GetByteCount(value) + Encoding.UTF8.GetByteCount(key) + 2 > maxLength || value.Contains('\n', StringComparison.Ordinal))
            {
                Write(0, key + ":\n");
                foreach (var part in value.Split('\n'))
                {
                    Write(0, "\t  " + Shorten(part, maxLength - 2) + "\n");
                }
            }
            else
            {
                Write(0, key + ": " + value + "\n");
            }
        }
    }

    private static string Shorten(string text, int maxBytes)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return bytes.Length > maxBytes ? Encoding.UTF8.GetString(bytes, 0, maxBytes) + "..." : text;
    }
}
