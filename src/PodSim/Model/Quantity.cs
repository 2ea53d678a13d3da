using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace PodSim.Model;

/// <summary>
/// A Kubernetes <c>resource.Quantity</c>: an exact fixed-point number such as <c>500m</c>, <c>1.5Gi</c> or <c>1e3</c>.
/// </summary>
/// <remarks>
/// <para>
/// The value is held exactly as a signed <see cref="Int128"/> count of nano units (10^-9); floating point is never
/// used. As upstream does, parsing rounds a finer value up, away from zero, to the next nano unit
/// (<c>0.9n</c> becomes <c>1n</c>), and caps a BinarySI value at 2^63-1 (<c>9Ei</c> becomes
/// <c>9223372036854775807</c>). Decimal values are not capped, but PodSim cannot hold magnitudes of about
/// 1.7e29 or more (more than <see cref="Int128.MaxValue"/> nano units): <see cref="Parse"/> rejects them with a
/// <see cref="FormatException"/>, and arithmetic that leaves that range throws <see cref="OverflowException"/>.
/// </para>
/// <para>
/// A quantity remembers the <see cref="Format"/> of the suffix it was parsed with, and <see cref="ToString"/>
/// prints the upstream canonical form in that format (<c>0.1</c> prints as <c>100m</c>, <c>1024Mi</c> as
/// <c>1Gi</c>). Equality and ordering compare exact values and ignore the format, so <c>0.1</c> equals
/// <c>100m</c> and <c>1Gi</c> equals <c>1024Mi</c>, while <c>1G</c> differs from <c>1Gi</c>.
/// </para>
/// <para><c>default(Quantity)</c> is zero in DecimalSI format and prints as <c>0</c>.</para>
/// </remarks>
public readonly struct Quantity : IEquatable<Quantity>, IComparable<Quantity>, IComparable
{
    private const long NanosPerUnit = QuantityParser.NanosPerUnit;

    // DecimalSI suffixes for the exponents -9, -6, ..., 18.
    private static readonly string[] DecimalSuffixes = ["n", "u", "m", "", "k", "M", "G", "T", "P", "E"];

    // BinarySI suffixes for 1024^0 ... 1024^6.
    private static readonly string[] BinarySuffixes = ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"];

    // 10^0 ... 10^38; 10^38 still fits both UInt128 and Int128.
    private static readonly UInt128[] PowersOfTen = BuildPowersOfTen();

    private readonly Int128 _nanos;

    // The canonical text, kept from parsing (the caller's own string when it was already canonical).
    private readonly string? _text;

    private Quantity(Int128 nanos, QuantityFormat format, string? text = null)
    {
        _nanos = nanos;
        Format = format;
        _text = text;
    }

    /// <summary>Gets the zero quantity (DecimalSI format), which prints as <c>0</c>.</summary>
    public static Quantity Zero => default;

    /// <summary>Gets the format the quantity prints in: the notation of the suffix it was parsed with.</summary>
    public QuantityFormat Format { get; }

    /// <summary>Gets a value indicating whether the quantity is zero.</summary>
    public bool IsZero => _nanos == Int128.Zero;

    /// <summary>Gets -1, 0 or 1 when the quantity is negative, zero or positive.</summary>
    public int Sign => Int128.Sign(_nanos);

    /// <summary>Gets the exact value as a count of nano units (10^-9).</summary>
    internal Int128 Nanos => _nanos;

    /// <summary>Parses a quantity such as <c>100m</c>, <c>1.5Gi</c>, <c>2</c> or <c>1e3</c>.</summary>
    /// <param name="text">The text. Surrounding whitespace is not allowed (callers decoding JSON or YAML trim first).</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">
    /// The text is not a quantity. The message is upstream's: <c>quantities must match the regular expression
    /// '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'</c>, <c>unable to parse numeric part of quantity</c> or
    /// <c>unable to parse quantity's suffix</c>; or, for a value whose magnitude is about 1.7e29 or more,
    /// PodSim's own <c>quantity is out of range: ...</c>.
    /// </exception>
    public static Quantity Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!TryParse(text, out var quantity, out var error))
        {
            throw new FormatException(error);
        }

        return quantity;
    }

    /// <summary>Tries to parse a quantity, reporting upstream's error message on failure.</summary>
    /// <param name="text">The text; null or empty fails.</param>
    /// <param name="quantity">The quantity, or zero on failure.</param>
    /// <param name="error">On failure, the message <see cref="Parse"/> would throw; otherwise null.</param>
    /// <returns>Whether the text is a valid quantity.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Quantity quantity, [NotNullWhen(false)] out string? error)
    {
        if (!QuantityParser.TryParse(text, out var nanos, out var format, out error))
        {
            quantity = default;
            return false;
        }

        var canonical = Canonicalize(nanos, format);
        quantity = new(nanos, format, string.Equals(canonical, text, StringComparison.Ordinal) ? text : canonical);
        error = null;
        return true;
    }

    /// <summary>Tries to parse a quantity.</summary>
    /// <param name="text">The text; null or empty fails.</param>
    /// <param name="quantity">The quantity, or zero on failure.</param>
    /// <returns>Whether the text is a valid quantity.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Quantity quantity) => TryParse(text, out quantity, out _);

    /// <summary>Creates a quantity of <paramref name="milli"/> thousandths, like upstream <c>NewMilliQuantity</c>.</summary>
    /// <param name="milli">The value in thousandths.</param>
    /// <param name="format">The format to print in.</param>
    /// <returns>The quantity.</returns>
    public static Quantity FromMilli(long milli, QuantityFormat format = QuantityFormat.DecimalSI) =>
        new((Int128)milli * 1_000_000, format);

    /// <summary>Creates a quantity of whole units, like upstream <c>NewQuantity</c>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="format">The format to print in.</param>
    /// <returns>The quantity.</returns>
    public static Quantity FromValue(long value, QuantityFormat format = QuantityFormat.DecimalSI) =>
        new((Int128)value * NanosPerUnit, format);

    /// <summary>
    /// Creates the quantity <paramref name="value"/> × 10^<paramref name="scale"/>, like upstream
    /// <c>NewScaledQuantity</c> (for example scale -3 is milli, 6 is mega). A scale below -9 rounds the
    /// value up, away from zero, to the next nano unit.
    /// </summary>
    /// <param name="value">The unscaled value.</param>
    /// <param name="scale">The power of ten.</param>
    /// <param name="format">The format to print in.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="OverflowException">The value is outside the supported range.</exception>
    public static Quantity FromScaled(long value, int scale, QuantityFormat format = QuantityFormat.DecimalSI)
    {
        if (value == 0)
        {
            return new(Int128.Zero, format);
        }

        var shift = (long)scale + 9;
        if (shift >= 0)
        {
            if (shift >= PowersOfTen.Length)
            {
                throw new OverflowException(QuantityParser.OutOfRangeMessage);
            }

            return new(checked((Int128)value * (Int128)PowersOfTen[shift]), format);
        }

        var divisor = -shift;
        if (divisor > 19)
        {
            // |value| < 10^19, so the result is a fraction of a nano unit that rounds up to one.
            return new(Int128.Sign(value), format);
        }

        var unit = (Int128)PowersOfTen[divisor];
        var quotient = Int128.DivRem(value, unit);
        var nanos = quotient.Remainder == Int128.Zero ? quotient.Quotient : quotient.Quotient + Int128.Sign(value);
        return new(nanos, format);
    }

    /// <summary>Returns the value rounded up, away from zero, to a whole number, like upstream <c>Value()</c>.</summary>
    /// <returns>The integer value; saturated at <see cref="long.MinValue"/> or <see cref="long.MaxValue"/> on overflow.</returns>
    public long Value() => ScaledValue(0);

    /// <summary>Returns ceil(q × 1000), rounding away from zero, like upstream <c>MilliValue()</c>.</summary>
    /// <returns>The value in thousandths; saturated at <see cref="long.MinValue"/> or <see cref="long.MaxValue"/> on overflow.</returns>
    public long MilliValue() => ScaledValue(-3);

    /// <summary>
    /// Returns ceil(q / 10^<paramref name="scale"/>), rounding away from zero, like upstream <c>ScaledValue</c>:
    /// <c>ScaledValue(-3)</c> is the milli value and <c>ScaledValue(0)</c> the value.
    /// </summary>
    /// <param name="scale">The power of ten to express the value in.</param>
    /// <returns>
    /// The scaled value. Upstream leaves an overflowing result undefined; PodSim saturates it at
    /// <see cref="long.MinValue"/> or <see cref="long.MaxValue"/> (use <see cref="TryScaledValue"/> to detect that).
    /// </returns>
    public long ScaledValue(int scale)
    {
        TryScaledValue(scale, out var value);
        return value;
    }

    /// <summary>Computes <see cref="ScaledValue"/>, reporting whether it fits a <see cref="long"/>.</summary>
    /// <param name="scale">The power of ten to express the value in.</param>
    /// <param name="value">The scaled value, saturated when it does not fit.</param>
    /// <returns>Whether the result fits a <see cref="long"/>.</returns>
    public bool TryScaledValue(int scale, out long value)
    {
        if (IsZero)
        {
            value = 0;
            return true;
        }

        var negative = _nanos < Int128.Zero;
        var magnitude = Magnitude(_nanos);
        var shift = (long)scale + 9;
        var fits = true;
        UInt128 result = UInt128.Zero;
        if (shift >= 0)
        {
            if (shift >= PowersOfTen.Length)
            {
                // The magnitude is below 10^39 nano units, so this is a non-zero fraction that rounds up to one.
                result = UInt128.One;
            }
            else
            {
                var divisor = PowersOfTen[shift];
                result = magnitude / divisor;
                if (magnitude % divisor != UInt128.Zero)
                {
                    result++;
                }
            }
        }
        else if (-shift >= PowersOfTen.Length || magnitude > UInt128.MaxValue / PowersOfTen[-shift])
        {
            fits = false;
        }
        else
        {
            result = magnitude * PowersOfTen[-shift];
        }

        var limit = negative ? (UInt128)long.MaxValue + 1 : (UInt128)long.MaxValue;
        if (!fits || result > limit)
        {
            value = negative ? long.MinValue : long.MaxValue;
            return false;
        }

        value = negative ? (long)-(Int128)result : (long)result;
        return true;
    }

    /// <summary>Returns the value as a <see cref="decimal"/>.</summary>
    /// <returns>The value; exact when it has at most 28 significant digits, otherwise rounded to decimal precision.</returns>
    /// <exception cref="OverflowException">The value is beyond the range of <see cref="decimal"/> (about 7.9e28).</exception>
    public decimal ToDecimal()
    {
        var (whole, fraction) = Int128.DivRem(_nanos, NanosPerUnit);
        return (decimal)whole + ((decimal)(long)fraction / NanosPerUnit);
    }

    /// <summary>
    /// Rounds the value up, away from zero, to a multiple of 10^<paramref name="scale"/>, like upstream
    /// <c>RoundUp</c>; the format is kept. A scale of -9 or below leaves the value unchanged.
    /// </summary>
    /// <param name="scale">The power of ten to round to (-3 is milli).</param>
    /// <returns>The rounded quantity.</returns>
    /// <exception cref="OverflowException">The rounded value is outside the supported range.</exception>
    public Quantity RoundUp(int scale)
    {
        var shift = (long)scale + 9;
        if (shift <= 0 || IsZero)
        {
            return this;
        }

        if (shift >= PowersOfTen.Length)
        {
            throw new OverflowException(QuantityParser.OutOfRangeMessage);
        }

        var unit = (Int128)PowersOfTen[shift];
        var remainder = _nanos % unit;
        if (remainder == Int128.Zero)
        {
            return this;
        }

        return new(checked(_nanos - remainder + (Int128.Sign(_nanos) * unit)), Format);
    }

    /// <summary>
    /// Rounds the value up, away from zero, to milli units, as API defaulting (<c>SetDefaults_ResourceList</c>)
    /// does for every resource request and limit. The format is kept.
    /// </summary>
    /// <returns>The rounded quantity.</returns>
    public Quantity RoundUpToMilli() => RoundUp(-3);

    /// <summary>Returns the same value printed in another format.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The quantity.</returns>
    public Quantity WithFormat(QuantityFormat format) => format == Format ? this : new(_nanos, format);

    /// <summary>Adds a quantity, like upstream <c>Add</c>: a zero receiver takes the other operand's format.</summary>
    /// <param name="other">The quantity to add.</param>
    /// <returns>The sum, in this quantity's format (the other's when this is zero).</returns>
    /// <exception cref="OverflowException">The sum is outside the supported range.</exception>
    public Quantity Add(Quantity other)
    {
        if (IsZero)
        {
            return other;
        }

        return other.IsZero ? this : new(checked(_nanos + other._nanos), Format);
    }

    /// <summary>Subtracts a quantity, like upstream <c>Sub</c>: a zero receiver takes the other operand's format.</summary>
    /// <param name="other">The quantity to subtract.</param>
    /// <returns>The difference, in this quantity's format (the other's when this is zero).</returns>
    /// <exception cref="OverflowException">The difference is outside the supported range.</exception>
    public Quantity Subtract(Quantity other)
    {
        if (other.IsZero)
        {
            return IsZero ? new(Int128.Zero, other.Format) : this;
        }

        return new(checked(_nanos - other._nanos), IsZero ? other.Format : Format);
    }

    /// <summary>Negates the value, keeping the format, like upstream <c>Neg</c>.</summary>
    /// <returns>The negated quantity.</returns>
    /// <exception cref="OverflowException">The value is the most negative one and has no positive counterpart.</exception>
    public Quantity Negate() => IsZero ? this : new(checked(-_nanos), Format);

    /// <summary>Multiplies the value by an integer, keeping the format, like upstream <c>Mul</c>.</summary>
    /// <param name="factor">The factor.</param>
    /// <returns>The product.</returns>
    /// <exception cref="OverflowException">The product is outside the supported range.</exception>
    public Quantity Multiply(long factor) => new(checked(_nanos * factor), Format);

    /// <inheritdoc />
    public bool Equals(Quantity other) => _nanos == other._nanos;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Quantity q && Equals(q);

    /// <inheritdoc />
    public override int GetHashCode() => _nanos.GetHashCode();

    /// <summary>Compares exact values, ignoring the format, like upstream <c>Cmp</c>.</summary>
    /// <param name="other">The quantity to compare with.</param>
    /// <returns>Negative, zero or positive when this value is smaller, equal or larger.</returns>
    public int CompareTo(Quantity other) => _nanos.CompareTo(other._nanos);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Quantity other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a Quantity.", nameof(obj)),
    };

    /// <summary>
    /// Returns the upstream canonical form (<c>CanonicalizeBytes</c>): the largest suffix of the quantity's format
    /// that leaves an integer mantissa, for example <c>1500m</c>, <c>1536Mi</c>, <c>1e3</c> or <c>0</c>.
    /// </summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => _text ?? Canonicalize(_nanos, Format);

    /// <summary>Adds two quantities; see <see cref="Add"/>.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>The sum.</returns>
    public static Quantity operator +(Quantity left, Quantity right) => left.Add(right);

    /// <summary>Subtracts two quantities; see <see cref="Subtract"/>.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>The difference.</returns>
    public static Quantity operator -(Quantity left, Quantity right) => left.Subtract(right);

    /// <summary>Negates a quantity; see <see cref="Negate"/>.</summary>
    /// <param name="value">The quantity.</param>
    /// <returns>The negated quantity.</returns>
    public static Quantity operator -(Quantity value) => value.Negate();

    /// <summary>Multiplies a quantity by an integer; see <see cref="Multiply"/>.</summary>
    /// <param name="left">The quantity.</param>
    /// <param name="right">The factor.</param>
    /// <returns>The product.</returns>
    public static Quantity operator *(Quantity left, long right) => left.Multiply(right);

    /// <summary>Equality of exact values.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(Quantity left, Quantity right) => left.Equals(right);

    /// <summary>Inequality of exact values.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(Quantity left, Quantity right) => !left.Equals(right);

    /// <summary>Less than.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Result.</returns>
    public static bool operator <(Quantity left, Quantity right) => left.CompareTo(right) < 0;

    /// <summary>Greater than.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Result.</returns>
    public static bool operator >(Quantity left, Quantity right) => left.CompareTo(right) > 0;

    /// <summary>Less or equal.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Result.</returns>
    public static bool operator <=(Quantity left, Quantity right) => left.CompareTo(right) <= 0;

    /// <summary>Greater or equal.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Result.</returns>
    public static bool operator >=(Quantity left, Quantity right) => left.CompareTo(right) >= 0;

    /// <summary>Formats a value in nano units the way upstream <c>CanonicalizeBytes</c> does.</summary>
    private static string Canonicalize(Int128 nanos, QuantityFormat format)
    {
        if (nanos == Int128.Zero)
        {
            return "0";
        }

        var negative = nanos < Int128.Zero;
        var magnitude = Magnitude(nanos);
        if (format == QuantityFormat.BinarySI)
        {
            // Whole values of at least 1024 use the largest binary suffix that divides them exactly; anything
            // else (|v| < 1024, or a fraction) prints as DecimalSI so that nothing is rounded.
            if (magnitude >= (UInt128)1024 * NanosPerUnit && magnitude % NanosPerUnit == UInt128.Zero)
            {
                var units = magnitude / NanosPerUnit;
                var power = 0;
                while (power < BinarySuffixes.Length - 1 && units % 1024 == UInt128.Zero)
                {
                    units /= 1024;
                    power++;
                }

                return Compose(negative, units, BinarySuffixes[power]);
            }

            format = QuantityFormat.DecimalSI;
        }

        // Move factors of ten into the exponent, then lower it to a multiple of three.
        var mantissa = magnitude;
        var exponent = -9;
        while (mantissa % 10 == UInt128.Zero)
        {
            mantissa /= 10;
            exponent++;
        }

        switch (exponent % 3)
        {
            case 1 or -2:
                mantissa *= 10;
                exponent -= 1;
                break;
            case 2 or -1:
                mantissa *= 100;
                exponent -= 2;
                break;
        }

        // DecimalSI has no letter beyond E (10^18) and falls back to an exponent there, as upstream does now.
        // A format value outside the enum prints as DecimalExponent, upstream's default.
        var suffix = format == QuantityFormat.DecimalSI && exponent <= 18
            ? DecimalSuffixes[(exponent + 9) / 3]
            : exponent == 0 ? string.Empty : "e" + exponent.ToString(CultureInfo.InvariantCulture);
        return Compose(negative, mantissa, suffix);
    }

    private static string Compose(bool negative, UInt128 mantissa, string suffix) =>
        (negative ? "-" : string.Empty) + mantissa.ToString(CultureInfo.InvariantCulture) + suffix;

    private static UInt128 Magnitude(Int128 value) =>
        value < Int128.Zero ? (UInt128)(-(value + 1)) + 1 : (UInt128)value;

    private static UInt128[] BuildPowersOfTen()
    {
        var powers = new UInt128[39];
        powers[0] = UInt128.One;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }
}
