using PodSim.Configuration;

namespace PodSim.Tests.Configuration;

/// <summary>Downward API label and annotation files: FormatMap with Go's %q quoting.</summary>
public class FormatMapTests
{
    public static TheoryData<string, string> Quotes() => new()
    {
        { "plain", "\"plain\"" },
        { "", "\"\"" },
        { "say \"hi\"", "\"say \\\"hi\\\"\"" },
        { "back\\slash", "\"back\\\\slash\"" },
        { "tab\there", "\"tab\\there\"" },
        { "line1\nline2\r", "\"line1\\nline2\\r\"" },
        { "\a\b\f\v", "\"\\a\\b\\f\\v\"" },
        { "nul\0esc\u001b", "\"nul\\x00esc\\x1b\"" },
        { "del\u007f", "\"del\\x7f\"" },
        { "café ünïcode", "\"café ünïcode\"" },
        { "emoji 😀", "\"emoji 😀\"" },
        { "nbsp\u00a0", "\"nbsp\\u00a0\"" },
        { "zero\u200bwidth", "\"zero\\u200bwidth\"" },
        { "tag\U000E0001", "\"tag\\U000e0001\"" },
    };

    [Theory]
    [MemberData(nameof(Quotes))]
    public void Values_are_quoted_like_go(string value, string quoted)
    {
        DownwardApi.FormatMap(new Dictionary<string, string> { ["k"] = value }).Should().Be("k=" + quoted);
    }

    [Fact]
    public void Keys_are_sorted_ordinally_and_there_is_no_final_newline()
    {
        var map = new Dictionary<string, string> { ["b"] = "2", ["B"] = "1", ["a.example.com/x"] = "3" };

        DownwardApi.FormatMap(map).Should().Be("B=\"1\"\na.example.com/x=\"3\"\nb=\"2\"");
        DownwardApi.FormatMap(new Dictionary<string, string>()).Should().BeEmpty();
    }
}
