using System.Globalization;
using System.Text;

namespace PodSim.Model;

/// <summary>
/// A duration written in Go syntax (<c>250ms</c>, <c>90s</c>, <c>1h30m</c>), as Kubernetes component configs and PodSim
/// scenarios use it. It may also be <see cref="Never"/> (written <c>never</c>) where a field allows "no end".
/// </summary>
public readonly struct GoDuration : IEquatable<GoDuration>, IComparable<GoDuration>
{
    private GoDuration(TimeSpan value, bool never)
    {
        Value = value;
        IsNever = never;
    }

    /// <summary>The smallest step of the virtual clock, as written in errors.</summary>
    private const string ResolutionText = "100ns";

    /// <summary>Gets the duration that never ends (<c>never</c>).</summary>
    public static GoDuration Never { get; } = new(TimeSpan.MaxValue, true);

    /// <summary>Gets the zero duration.</summary>
    public static GoDuration Zero { get; } = new(TimeSpan.Zero, false);

    /// <summary>Gets the duration; <see cref="TimeSpan.MaxValue"/> for <see cref="Never"/>.</summary>
    public TimeSpan Value { get; }

    /// <summary>Gets a value indicating whether this is <see cref="Never"/>.</summary>
    public bool IsNever { get; }

    /// <summary>Creates a finite duration.</summary>
    /// <param name="value">The duration.</param>
    /// <returns>The duration.</returns>
    public static GoDuration From(TimeSpan value) => new(value, false);

    /// <summary>Converts a <see cref="TimeSpan"/>.</summary>
    /// <param name="value">The duration.</param>
    public static implicit operator GoDuration(TimeSpan value) => From(value);

    /// <summary>
    /// Parses Go duration syntax: an optionally signed sequence of decimal numbers with a unit each
    /// (<c>ns</c>, <c>us</c>, <c>µs</c>, <c>ms</c>, <c>s</c>, <c>m</c>, <c>h</c>), or <c>0</c>, or <c>never</c>. The
    /// value must be a whole multiple of 100 ns, the virtual clock's resolution.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="duration">The duration.</param>
    /// <param name="error">Go's error text when the syntax is wrong, such as <c>time: unknown unit "d" in duration "1d"</c>.</param>
    /// <returns>Whether the text parsed.</returns>
    public static bool TryParse(string text, out GoDuration duration, out string? error)
    {
        duration = default;
        error = null;
        if (text == "never")
        {
            duration = Never;
            return true;
        }

        var quoted = "\"" + text + "\"";
        var s = text;
        var negative = false;
        if (s.Length > 0 && s[0] is '-' or '+')
        {
            negative = s[0] == '-';
            s = s[1..];
        }

        if (s == "0")
        {
            duration = Zero;
            return true;
        }

        if (s.Length == 0)
        {
            error = "time: invalid duration " + quoted;
            return false;
        }

        decimal totalNanos = 0;
        var i = 0;
        while (i < s.Length)
        {
            var start = i;
            while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '.'))
            {
                i++;
            }

            var number = s[start..i];
            if (number.Length == 0 || number == "." || number.Count(c => c == '.') > 1)
            {
                error = "time: invalid duration " + quoted;
                return false;
            }

            var unitStart = i;
            while (i < s.Length && !char.IsAsciiDigit(s[i]) && s[i] != '.')
            {
                i++;
            }

            var unit = s[unitStart..i];
            if (unit.Length == 0)
            {
                error = "time: missing unit in duration " + quoted;
                return false;
            }

            decimal scale = unit switch
            {
                "ns" => 1m,
                "us" or "µs" or "μs" => 1_000m,
                "ms" => 1_000_000m,
                "s" => 1_000_000_000m,
                "m" => 60_000_000_000m,
                "h" => 3_600_000_000_000m,
                _ => -1m,
            };
            if (scale < 0)
            {
                error = "time: unknown unit \"" + unit + "\" in duration " + quoted;
                return false;
            }

            // Anything that does not fit Go's int64 nanoseconds is invalid; check before multiplying so nothing overflows.
            if (number.Length > 40
                || !decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                || value > (9_223_372_036_854_775_807m - totalNanos) / scale)
            {
                error = "time: invalid duration " + quoted;
                return false;
            }

            totalNanos += value * scale;
            if (totalNanos > 9_223_372_036_854_775_807m)
            {
                error = "time: invalid duration " + quoted;
                return false;
            }
        }

        // The virtual clock counts 100 ns ticks: a duration it cannot represent exactly is refused rather than
        // silently rounded (1ns would otherwise become 0s, a value the user never wrote).
        if (totalNanos % 100m != 0m)
        {
            error = "not a whole multiple of the simulation clock's resolution (" + ResolutionText + ")";
            return false;
        }

        var ticks = (long)(totalNanos / 100m);
        duration = new GoDuration(TimeSpan.FromTicks(negative ? -ticks : ticks), false);
        return true;
    }

    /// <summary>Parses Go duration syntax.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The duration.</returns>
    /// <exception cref="FormatException">The text is not a duration.</exception>
    public static GoDuration Parse(string text) =>
        TryParse(text, out var d, out var error) ? d : throw new FormatException(error);

    /// <summary>Formats a duration as Go's <c>Duration.String()</c> does: <c>1h2m3s</c>, <c>5m0s</c>, <c>1.5s</c>, <c>250ms</c>, <c>0s</c>.</summary>
    /// <param name="value">The duration.</param>
    /// <returns>The text.</returns>
    public static string Format(TimeSpan value)
    {
        if (value == TimeSpan.Zero)
        {
            return "0s";
        }

        var sb = new StringBuilder();
        var ticks = value.Ticks;
        if (ticks < 0)
        {
            sb.Append('-');
            ticks = ticks == long.MinValue ? long.MaxValue : -ticks;
        }

        if (ticks < TimeSpan.TicksPerSecond)
        {
            // Sub-second values use the largest unit that keeps an integer part: ms, µs or ns.
            var nanos = ticks * 100;
            if (nanos >= 1_000_000)
            {
                return sb.Append(FormatFraction(nanos, 1_000_000)).Append("ms").ToString();
            }

            return nanos >= 1_000 ? sb.Append(FormatFraction(nanos, 1_000)).Append("µs").ToString() : sb.Append(nanos).Append("ns").ToString();
        }

        var hours = ticks / TimeSpan.TicksPerHour;
        ticks -= hours * TimeSpan.TicksPerHour;
        var minutes = ticks / TimeSpan.TicksPerMinute;
        ticks -= minutes * TimeSpan.TicksPerMinute;
        if (hours > 0)
        {
            sb.Append(hours.ToString(CultureInfo.InvariantCulture)).Append('h');
        }

        if (hours > 0 || minutes > 0)
        {
            sb.Append(minutes.ToString(CultureInfo.InvariantCulture)).Append('m');
        }

        return sb.Append(FormatFraction(ticks * 100, 1_000_000_000)).Append('s').ToString();
    }

    /// <summary>Formats as Go does, or <c>never</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsNever ? "never" : Format(Value);

    /// <inheritdoc />
    public bool Equals(GoDuration other) => IsNever == other.IsNever && Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is GoDuration d && Equals(d);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, IsNever);

    /// <inheritdoc />
    public int CompareTo(GoDuration other) => Value.CompareTo(other.Value);

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(GoDuration left, GoDuration right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(GoDuration left, GoDuration right) => !left.Equals(right);

    /// <summary>Less than.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Result.</returns>
    public static bool operator <(GoDuration left, GoDuration right) => left.CompareTo(right) < 0;

    /// <summary>Greater than.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Result.</returns>
    public static bool operator >(GoDuration left, GoDuration right) => left.CompareTo(right) > 0;

    /// <summary>Less or equal.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Result.</returns>
    public static bool operator <=(GoDuration left, GoDuration right) => left.CompareTo(right) <= 0;

    /// <summary>Greater or equal.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Result.</returns>
    public static bool operator >=(GoDuration left, GoDuration right) => left.CompareTo(right) >= 0;

    private static string FormatFraction(long value, long unit)
    {
        var whole = value / unit;
        var fraction = value % unit;
        var text = whole.ToString(CultureInfo.InvariantCulture);
        if (fraction == 0)
        {
            return text;
        }

        var digits = fraction.ToString(CultureInfo.InvariantCulture).PadLeft(unit.ToString(CultureInfo.InvariantCulture).Length - 1, '0').TrimEnd('0');
        return text + "." + digits;
    }
}
