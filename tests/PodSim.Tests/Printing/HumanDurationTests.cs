using PodSim.Printing;

namespace PodSim.Tests.Printing;

/// <summary>
/// The upstream tables of apimachinery <c>duration_test.go</c> (TestHumanDuration, TestHumanDurationBoundaries,
/// TestShortHumanDurationBoundaries). Durations are written as ticks built from the upstream expressions; Go's
/// one-nanosecond offset becomes one tick (100 ns), the smallest step a TimeSpan has.
/// </summary>
public class HumanDurationTests
{
    private const long Tick = 1;
    private const long Ms = TimeSpan.TicksPerMillisecond;
    private const long Sec = TimeSpan.TicksPerSecond;
    private const long Min = TimeSpan.TicksPerMinute;
    private const long Hour = TimeSpan.TicksPerHour;
    private const long Day = TimeSpan.TicksPerDay;
    private const long Year = 365 * Day;

    public static TheoryData<long, string> HumanCases() => new()
    {
        // TestHumanDuration
        { Sec, "1s" },
        { 70 * Sec, "70s" },
        { 190 * Sec, "3m10s" },
        { 70 * Min, "70m" },
        { 47 * Hour, "47h" },
        { 49 * Hour, "2d1h" },
        { ((8 * 24) + 2) * Hour, "8d" },
        { 367 * 24 * Hour, "367d" },
        { ((365 * 2 * 24) + 25) * Hour, "2y1d" },
        { ((365 * 8 * 24) + 2) * Hour, "8y" },

        // TestHumanDurationBoundaries
        { -2 * Sec, "<invalid>" },
        { (-2 * Sec) + Tick, "0s" },
        { 0, "0s" },
        { Sec - Ms, "0s" },
        { (2 * Min) - Ms, "119s" },
        { 2 * Min, "2m" },
        { (2 * Min) + Sec, "2m1s" },
        { (10 * Min) - Ms, "9m59s" },
        { 10 * Min, "10m" },
        { (10 * Min) + Sec, "10m" },
        { (3 * Hour) - Ms, "179m" },
        { 3 * Hour, "3h" },
        { (3 * Hour) + Min, "3h1m" },
        { (8 * Hour) - Ms, "7h59m" },
        { 8 * Hour, "8h" },
        { (8 * Hour) + (59 * Min), "8h" },
        { (2 * Day) - Ms, "47h" },
        { 2 * Day, "2d" },
        // (2 * Day) + Hour is 49 hours, already a row above.
        { (8 * Day) - Ms, "7d23h" },
        { 8 * Day, "8d" },
        { (8 * Day) + (23 * Hour), "8d" },
        { (2 * Year) - Ms, "729d" },
        { 2 * Year, "2y" },
        { (2 * Year) + (23 * Hour), "2y" },
        { (2 * Year) + (23 * Hour) + (59 * Min), "2y" },
        { (2 * Year) + (24 * Hour) - Ms, "2y" },
        { (2 * Year) + (24 * Hour), "2y1d" },
        { 3 * Year, "3y" },
        { 4 * Year, "4y" },
        { 5 * Year, "5y" },
        { 6 * Year, "6y" },
        { 7 * Year, "7y" },
        { (8 * Year) - Ms, "7y364d" },
        { 8 * Year, "8y" },
        { (8 * Year) + (364 * Day), "8y" },
        { 9 * Year, "9y" },
    };

    public static TheoryData<long, string> ShortCases() => new()
    {
        // TestShortHumanDurationBoundaries
        { -2 * Sec, "<invalid>" },
        { (-2 * Sec) + Tick, "0s" },
        { 0, "0s" },
        { Sec - Ms, "0s" },
        { Sec, "1s" },
        { (2 * Sec) - Ms, "1s" },
        { Min - Ms, "59s" },
        { Min, "1m" },
        { (2 * Min) - Ms, "1m" },
        { Hour - Ms, "59m" },
        { Hour, "1h" },
        { (2 * Hour) - Ms, "1h" },
        { Day - Ms, "23h" },
        { Day, "1d" },
        { (2 * Day) - Ms, "1d" },
        { Year - Ms, "364d" },
        { Year, "1y" },
        { (2 * Year) - Ms, "1y" },
        { 2 * Year, "2y" },
    };

    [Theory]
    [MemberData(nameof(HumanCases))]
    public void Human_duration_matches_the_upstream_table(long ticks, string expected) =>
        HumanDuration.Format(TimeSpan.FromTicks(ticks)).Should().Be(expected);

    [Theory]
    [MemberData(nameof(ShortCases))]
    public void Short_human_duration_matches_the_upstream_table(long ticks, string expected) =>
        HumanDuration.FormatShort(TimeSpan.FromTicks(ticks)).Should().Be(expected);

    [Theory]
    [InlineData(-1500, "0s")]
    [InlineData(-1999, "0s")]
    [InlineData(-2000, "<invalid>")]
    [InlineData(-60000, "<invalid>")]
    public void Negative_durations_tolerate_under_two_seconds_of_skew(long milliseconds, string expected)
    {
        HumanDuration.Format(TimeSpan.FromMilliseconds(milliseconds)).Should().Be(expected);
        HumanDuration.FormatShort(TimeSpan.FromMilliseconds(milliseconds)).Should().Be(expected);
    }

    [Fact]
    public void Since_an_unset_timestamp_is_unknown() =>
        HumanDuration.Since(null, DateTimeOffset.UnixEpoch).Should().Be("<unknown>");

    [Fact]
    public void Since_measures_from_the_timestamp_to_now()
    {
        var created = new DateTimeOffset(2024, 1, 1, 10, 0, 0, TimeSpan.Zero);

        HumanDuration.Since(created, created.AddSeconds(150)).Should().Be("2m30s");
        HumanDuration.Since(created, created.AddSeconds(-5)).Should().Be("<invalid>");
    }
}
