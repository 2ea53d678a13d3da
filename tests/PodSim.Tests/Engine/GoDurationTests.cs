using PodSim.Model;

namespace PodSim.Tests.Engine;

public class GoDurationTests
{
    [Theory]
    [InlineData("250ms", 0.25)]
    [InlineData("90s", 90)]
    [InlineData("5m", 300)]
    [InlineData("1h30m", 5400)]
    [InlineData("1.5h", 5400)]
    [InlineData("2h45m10s", 9910)]
    [InlineData("0", 0)]
    [InlineData("0s", 0)]
    [InlineData("-1m", -60)]
    [InlineData("1500us", 0.0015)]
    [InlineData("100ns", 0.0000001)]
    [InlineData("0.0000002s", 0.0000002)]
    public void Go_syntax_parses(string text, double seconds) =>
        GoDuration.Parse(text).Value.Should().Be(TimeSpan.FromSeconds(seconds));

    [Theory]
    [InlineData("1d", "time: unknown unit \"d\" in duration \"1d\"")]
    [InlineData("10", "time: missing unit in duration \"10\"")]
    [InlineData("", "time: invalid duration \"\"")]
    [InlineData("s", "time: invalid duration \"s\"")]
    [InlineData("1..5s", "time: invalid duration \"1..5s\"")]
    public void Bad_syntax_gives_gos_error(string text, string error)
    {
        GoDuration.TryParse(text, out _, out var message).Should().BeFalse();
        message.Should().Be(error);
    }

    [Theory]
    [InlineData("1ns")]
    [InlineData("150ns")]
    [InlineData("-50ns")]
    [InlineData("1.00000001s")]
    public void Durations_the_clock_cannot_represent_are_refused_with_the_resolution(string text)
    {
        GoDuration.TryParse(text, out _, out var message).Should().BeFalse();
        message.Should().Be("not a whole multiple of the simulation clock's resolution (100ns)");
    }

    [Theory]
    [InlineData(0, "0s")]
    [InlineData(0.25, "250ms")]
    [InlineData(1.5, "1.5s")]
    [InlineData(10, "10s")]
    [InlineData(300, "5m0s")]
    [InlineData(90, "1m30s")]
    [InlineData(3600, "1h0m0s")]
    [InlineData(3723, "1h2m3s")]
    public void Formats_like_gos_duration_string(double seconds, string expected) =>
        GoDuration.Format(TimeSpan.FromSeconds(seconds)).Should().Be(expected);

    [Fact]
    public void Never_is_its_own_value()
    {
        GoDuration.Parse("never").IsNever.Should().BeTrue();
        GoDuration.Never.ToString().Should().Be("never");
    }
}
