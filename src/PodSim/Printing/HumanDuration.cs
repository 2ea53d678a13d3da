using System.Globalization;

namespace PodSim.Printing;

/// <summary>
/// kubectl's age texts (apimachinery <c>pkg/util/duration</c>): <c>HumanDuration</c> with about two significant
/// figures (<c>2m30s</c>, <c>5h30m</c>, <c>2d1h</c>, <c>2y70d</c>) and the coarser <c>ShortHumanDuration</c>
/// (<c>2m</c>, <c>5h</c>, <c>2d</c>). Both show <c>&lt;invalid&gt;</c> for durations of two seconds or more below
/// zero and <c>0s</c> for a smaller negative skew.
/// </summary>
internal static class HumanDuration
{
    /// <summary>The text shown for a duration more than a second and a bit below zero.</summary>
    public const string Invalid = "<invalid>";

    /// <summary>The text shown for a timestamp that is not set.</summary>
    public const string Unknown = "<unknown>";

    private const long HoursPerYear = 24 * 365;

    /// <summary>Formats a duration the way kubectl's AGE and RESTARTS columns do (<c>HumanDuration</c>).</summary>
    /// <param name="duration">The elapsed time.</param>
    /// <returns>The short text, for example <c>119s</c>, <c>9m59s</c>, <c>179m</c>, <c>7h59m</c>, <c>47h</c>, <c>7d23h</c>, <c>729d</c>, <c>7y364d</c>.</returns>
    public static string Format(TimeSpan duration)
    {
        var ticks = duration.Ticks;
        var seconds = ticks / TimeSpan.TicksPerSecond;
        if (NotPositive(seconds) is { } early)
        {
            return early;
        }

        if (seconds < 120)
        {
            return Text(seconds, "s");
        }

        var minutes = ticks / TimeSpan.TicksPerMinute;
        if (minutes < 10)
        {
            var s = seconds % 60;
            return s == 0 ? Text(minutes, "m") : Text(minutes, "m") + Text(s, "s");
        }

        if (minutes < 60 * 3)
        {
            return Text(minutes, "m");
        }

        var hours = ticks / TimeSpan.TicksPerHour;
        if (hours < 8)
        {
            var m = minutes % 60;
            return m == 0 ? Text(hours, "h") : Text(hours, "h") + Text(m, "m");
        }

        if (hours < 48)
        {
            return Text(hours, "h");
        }

        if (hours < 24 * 8)
        {
            var h = hours % 24;
            return h == 0 ? Text(hours / 24, "d") : Text(hours / 24, "d") + Text(h, "h");
        }

        if (hours < HoursPerYear * 2)
        {
            return Text(hours / 24, "d");
        }

        if (hours < HoursPerYear * 8)
        {
            var days = hours / 24 % 365;
            return days == 0 ? Text(hours / HoursPerYear, "y") : Text(hours / HoursPerYear, "y") + Text(days, "d");
        }

        return Text(hours / HoursPerYear, "y");
    }

    /// <summary>Formats a duration with one unit only (<c>ShortHumanDuration</c>): seconds, minutes, hours, days, years.</summary>
    /// <param name="duration">The elapsed time.</param>
    /// <returns>The short text, for example <c>59s</c>, <c>1m</c>, <c>23h</c>, <c>364d</c>, <c>2y</c>.</returns>
    public static string FormatShort(TimeSpan duration)
    {
        var ticks = duration.Ticks;
        var seconds = ticks / TimeSpan.TicksPerSecond;
        if (NotPositive(seconds) is { } early)
        {
            return early;
        }

        if (seconds < 60)
        {
            return Text(seconds, "s");
        }

        var minutes = ticks / TimeSpan.TicksPerMinute;
        if (minutes < 60)
        {
            return Text(minutes, "m");
        }

        var hours = ticks / TimeSpan.TicksPerHour;
        if (hours < 24)
        {
            return Text(hours, "h");
        }

        return hours < HoursPerYear ? Text(hours / 24, "d") : Text(hours / HoursPerYear, "y");
    }

    /// <summary>
    /// The age of a timestamp at <paramref name="now"/> (kubectl's <c>translateTimestampSince</c>):
    /// <see cref="Unknown"/> when the timestamp is not set, else <see cref="Format(TimeSpan)"/> of the elapsed time.
    /// </summary>
    /// <param name="timestamp">The past moment, or null when unset.</param>
    /// <param name="now">The current (virtual) time.</param>
    /// <returns>The age text.</returns>
    public static string Since(DateTimeOffset? timestamp, DateTimeOffset now) =>
        timestamp is { } t ? Format(now - t) : Unknown;

    private static string Text(long value, string unit) => value.ToString(CultureInfo.InvariantCulture) + unit;

    /// <summary>Whole seconds truncated toward zero; down to -1 is tolerated as clock skew ("0s"), below is invalid.</summary>
    private static string? NotPositive(long seconds) => seconds switch
    {
        < -1 => Invalid,
        < 0 => "0s",
        _ => null,
    };
}
