using System.Text;

namespace PodSim.Printing;

/// <summary>
/// The column alignment of Go's <c>text/tabwriter</c> for left-aligned, space-padded output: text is split into
/// tab-terminated cells; a column is aligned over consecutive lines that have a cell in it, each such block being as
/// wide as its widest cell plus the padding (and at least the minimum width). The text after a line's last tab is
/// not part of any column and is never padded. Widths count Unicode scalar values, like Go's rune count.
/// </summary>
internal sealed class TabWriter
{
    private readonly int _minWidth;
    private readonly int _padding;
    private readonly StringBuilder _output = new();
    private readonly List<List<string>> _lines = [];
    private readonly StringBuilder _cell = new();
    private List<string> _line = [];

    /// <summary>Initializes a new instance of the <see cref="TabWriter"/> class.</summary>
    /// <param name="minWidth">The minimum width of a column, padding included.</param>
    /// <param name="padding">The spaces added to the widest cell of a column.</param>
    public TabWriter(int minWidth, int padding)
    {
        _minWidth = minWidth;
        _padding = padding;
    }

    /// <summary>Appends text; tabs end cells and newlines end lines.</summary>
    /// <param name="text">The text.</param>
    public void Write(string text)
    {
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '\t':
                    _line.Add(_cell.ToString());
                    _cell.Clear();
                    break;
                case '\n':
                    _line.Add(_cell.ToString());
                    _cell.Clear();
                    _lines.Add(_line);
                    _line = [];
                    break;
                default:
                    _cell.Append(ch);
                    break;
            }
        }
    }

    /// <summary>Formats and emits everything written so far; alignment blocks never span a flush.</summary>
    public void Flush()
    {
        var partial = _cell.Length > 0 || _line.Count > 0;
        if (partial)
        {
            _line.Add(_cell.ToString());
            _cell.Clear();
            _lines.Add(_line);
            _line = [];
        }

        Format([], 0, _lines.Count, partial);
        _lines.Clear();
    }

    /// <summary>Flushes and returns the whole output.</summary>
    /// <returns>The aligned text.</returns>
    public override string ToString()
    {
        Flush();
        return _output.ToString();
    }

    private static int Width(string cell)
    {
        var width = 0;
        foreach (var _ in cell.EnumerateRunes())
        {
            width++;
        }

        return width;
    }

    private void Format(List<int> widths, int line0, int line1, bool lastIsPartial)
    {
        var column = widths.Count;
        for (var i = line0; i < line1; i++)
        {
            if (column >= _lines[i].Count - 1)
            {
                continue;
            }

            // A block of lines that all have a tab-terminated cell in this column starts here.
            WriteLines(widths, line0, i, lastIsPartial);
            line0 = i;
            var width = _minWidth;
            for (; i < line1; i++)
            {
                var line = _lines[i];
                if (column >= line.Count - 1)
                {
                    break;
                }

                width = Math.Max(width, Width(line[column]) + _padding);
            }

            widths.Add(width);
            Format(widths, line0, i, lastIsPartial);
            widths.RemoveAt(widths.Count - 1);
            line0 = i;
        }

        WriteLines(widths, line0, line1, lastIsPartial);
    }

    private void WriteLines(List<int> widths, int line0, int line1, bool lastIsPartial)
    {
        for (var i = line0; i < line1; i++)
        {
            var line = _lines[i];
            for (var j = 0; j < line.Count; j++)
            {
                var cell = line[j];
                _output.Append(cell);
                if (j < widths.Count)
                {
                    _output.Append(' ', widths[j] - Width(cell));
                }
            }

            if (!(lastIsPartial && i == _lines.Count - 1))
            {
                _output.Append('\n');
            }
        }
    }
}
