using PodSim.Printing;

namespace PodSim.Tests.Printing;

/// <summary>The Go text/tabwriter rules the printers rely on.</summary>
public class TabWriterTests
{
    [Theory]
    [InlineData("a\tbb\tc\naaa\tb\tc\n", "a    bb  c\naaa  b   c\n")]
    [InlineData("a\tb\nxx\nccc\td\n", "a  b\nxx\nccc  d\n")]
    [InlineData("a\tb\tc\naa\tb\n", "a   b  c\naa  b\n")]
    [InlineData("\tindented\nkey:\tvalue\n", "      indented\nkey:  value\n")]
    [InlineData("a\t\tc\nbbb\tx\tc\n", "a       c\nbbb  x  c\n")]
    [InlineData("a\tb", "a  b")]
    [InlineData("\u00e9\tx\nab\ty\n", "\u00e9   x\nab  y\n")]
    [InlineData("\U0001F600\tx\nab\ty\n", "\U0001F600   x\nab  y\n")]
    public void Columns_align_over_consecutive_lines_with_padding_two(string input, string expected)
    {
        var writer = new TabWriter(minWidth: 0, padding: 2);
        writer.Write(input);

        writer.ToString().Should().Be(expected);
    }

    [Fact]
    public void Minimum_width_applies_to_short_columns()
    {
        var writer = new TabWriter(minWidth: 6, padding: 3);
        writer.Write("a\tb\tlast\n");

        writer.ToString().Should().Be("a     b     last\n");
    }

    [Fact]
    public void Flush_ends_alignment_blocks()
    {
        var writer = new TabWriter(minWidth: 0, padding: 2);
        writer.Write("a\tb\n");
        writer.Flush();
        writer.Write("ccc\td\n");

        writer.ToString().Should().Be("a  b\nccc  d\n");
    }
}
