using System.Text;

namespace PodSim.Cli.Output;

/// <summary>
/// Lines up rows in columns as kubectl's tables do: each column is as wide as its widest cell plus three spaces,
/// and the last column is not padded.
/// </summary>
internal sealed class ColumnWriter
{
    private const int Padding = 3;
    private readonly List<string[]> _rows = [];

    /// <summary>Gets a value indicating whether no row was added.</summary>
    public bool IsEmpty => _rows.Count == 0;

    /// <summary>Adds a row.</summary>
    /// <param name="cells">The cells; every row should have the same number.</param>
    public void Add(params string[] cells) => _rows.Add(cells);

    /// <summary>Renders the rows, each line ending in a newline.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var widths = new List<int>();
        foreach (var row in _rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                if (widths.Count <= i)
                {
                    widths.Add(0);
                }

                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        var sb = new StringBuilder();
        foreach (var row in _rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                sb.Append(i == row.Length - 1 ? row[i] : row[i].PadRight(widths[i] + Padding));
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }
}
