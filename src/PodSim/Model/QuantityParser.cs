using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;

namespace PodSim.Model;

/// <summary>
/// Scans and evaluates the text form of a <see cref="Quantity"/> with the same acceptance rules, error
/// messages and rounding as apimachinery's <c>ParseQuantity</c>, producing an exact count of nano units.
/// </summary>
internal static class QuantityParser
{
    /// <summary>Upstream <c>ErrFormatWrong</c>: the text does not have the number-then-suffix shape.</summary>
    internal const string FormatWrongMessage =
        "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

    /// <summary>Upstream <c>ErrNumeric</c>: the number part could not be read.</summary>
    internal const string NumericMessage = "unable to parse numeric part of quantity";

    /// <summary>Upstream <c>ErrSuffix</c>: the suffix is not a known unit or exponent.</summary>
    internal const string SuffixMessage = "unable to parse quantity's suffix";

    /// <summary>PodSim's own limit: the value does not fit the Int128 count of nano units.</summary>
    internal const string OutOfRangeMessage =
        "quantity is out of range: PodSim supports magnitudes up to about 1.7e29 (an Int128 count of nano units)";

    /// <summary>Nano units in one unit.</summary>
    internal const long NanosPerUnit = 1_000_000_000;

    /// <summary>Upstream caps BinarySI values at 2^63-1 units; this is that cap in nano units.</summary>
    internal static readonly BigInteger MaxBinaryNanos = new BigInteger(long.MaxValue) * NanosPerUnit;

    private static readonly BigInteger MaxNanos = Int128.MaxValue;

    private static readonly BigInteger Ten = 10;

    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <param name="text">The text, without surrounding whitespace.</param>
    /// <param name="nanos">The signed value in nano units, rounded up away from zero.</param>
    /// <param name="format">The format implied by the suffix (BinarySI values below one become DecimalSI).</param>
    /// <param name="error">The error message when parsing fails.</param>
    /// <returns>Whether the text is a valid quantity.</returns>
    internal static bool TryParse(string? text, out Int128 nanos, out QuantityFormat format, [NotNullWhen(false)] out string? error)
    {
        nanos = Int128.Zero;
        format = QuantityFormat.DecimalSI;
        error = null;
        if (string.IsNullOrEmpty(text))
        {
            error = FormatWrongMessage;
            return false;
        }

        // Shape: [sign] digits [. digits] suffix-letters [sign] digits. Any of the digit runs may be empty;
        // upstream's scanner is that permissive and checks the pieces afterwards.
        var pos = 0;
        var negative = false;
        if (text[0] is '-' or '+')
        {
            negative = text[0] == '-';
            pos = 1;
        }

        var integerStart = pos;
        pos = SkipDigits(text, pos);
        var integerDigits = text.AsSpan(integerStart, pos - integerStart);

        var fractionDigits = ReadOnlySpan<char>.Empty;
        if (pos < text.Length && text[pos] == '.')
        {
            var fractionStart = ++pos;
            pos = SkipDigits(text, pos);
            fractionDigits = text.AsSpan(fractionStart, pos - fractionStart);
        }

        var suffixStart = pos;
        while (pos < text.Length && IsSuffixLetter(text[pos]))
        {
            pos++;
        }

        if (pos < text.Length && text[pos] is '+' or '-')
        {
            pos++;
        }

        pos = SkipDigits(text, pos);
        if (pos != text.Length)
        {
            error = FormatWrongMessage;
            return false;
        }

        if (!TryInterpretSuffix(text.AsSpan(suffixStart), out var binary, out var exponent, out format))
        {
            error = SuffixMessage;
            return false;
        }

        if (integerDigits.IsEmpty && fractionDigits.IsEmpty)
        {
            // A number part without any digit ("-", ".", "Ki") counts as zero upstream, unless the value
            // takes its arbitrary-precision path, whose decimal reader needs a digit. That path is taken for
            // decimal exponents below nano and for binary suffixes above Ti.
            var readsAsZero = binary ? exponent <= 40 : exponent >= -9;
            if (!readsAsZero)
            {
                error = NumericMessage;
                return false;
            }

            return true;
        }

        var digits = string.Concat(integerDigits, fractionDigits).TrimStart('0');
        if (digits.Length == 0)
        {
            return true;
        }

        var mantissa = BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        BigInteger magnitude;
        if (binary)
        {
            // mantissa × 2^exponent / 10^fractionDigits units, in nano units, rounded up.
            magnitude = ScaleByPowerOfTen(mantissa << exponent, 9L - fractionDigits.Length);
            if (magnitude > MaxBinaryNanos)
            {
                magnitude = MaxBinaryNanos;
            }

            if (magnitude < NanosPerUnit)
            {
                // Upstream switches a binary value strictly between 0 and 1 to DecimalSI.
                format = QuantityFormat.DecimalSI;
            }
        }
        else
        {
            magnitude = ScaleByPowerOfTen(mantissa, (long)exponent - fractionDigits.Length + 9);
        }

        if (magnitude > MaxNanos)
        {
            error = OutOfRangeMessage;
            return false;
        }

        nanos = (Int128)magnitude;
        if (negative)
        {
            nanos = -nanos;
        }

        return true;
    }

    private static int SkipDigits(string text, int pos)
    {
        while (pos < text.Length && char.IsAsciiDigit(text[pos]))
        {
            pos++;
        }

        return pos;
    }

    private static bool IsSuffixLetter(char c) => c is 'e' or 'E' or 'i' or 'n' or 'u' or 'm' or 'k' or 'K' or 'M' or 'G' or 'T' or 'P';

    /// <summary>Maps a suffix to its base and exponent. Suffixes are case-sensitive.</summary>
    private static bool TryInterpretSuffix(ReadOnlySpan<char> suffix, out bool binary, out int exponent, out QuantityFormat format)
    {
        binary = false;
        format = QuantityFormat.DecimalSI;
        switch (suffix)
        {
            case "": exponent = 0; return true;
            case "n": exponent = -9; return true;
            case "u": exponent = -6; return true;
            case "m": exponent = -3; return true;
            case "k": exponent = 3; return true;
            case "M": exponent = 6; return true;
            case "G": exponent = 9; return true;
            case "T": exponent = 12; return true;
            case "P": exponent = 15; return true;
            case "E": exponent = 18; return true;
        }

        format = QuantityFormat.BinarySI;
        binary = true;
        switch (suffix)
        {
            case "Ki": exponent = 10; return true;
            case "Mi": exponent = 20; return true;
            case "Gi": exponent = 30; return true;
            case "Ti": exponent = 40; return true;
            case "Pi": exponent = 50; return true;
            case "Ei": exponent = 60; return true;
        }

        binary = false;
        format = QuantityFormat.DecimalExponent;
        exponent = 0;
        if (suffix.Length > 1 && suffix[0] is 'e' or 'E'
            && long.TryParse(suffix[1..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            // Upstream reads the exponent as a 64-bit integer and then narrows it to 32 bits.
            exponent = unchecked((int)parsed);
            return true;
        }

        return false;
    }

    /// <summary>Returns ceil(<paramref name="value"/> × 10^<paramref name="power"/>) for a positive value.</summary>
    private static BigInteger ScaleByPowerOfTen(BigInteger value, long power)
    {
        if (power >= 0)
        {
            // 10^39 nano units is already beyond the supported range.
            return power > 39 ? MaxNanos + 1 : value * BigInteger.Pow(Ten, (int)power);
        }

        var divisorDigits = -power;
        var upperDigitCount = (long)(value.GetBitLength() * 0.30103) + 1;
        if (divisorDigits > upperDigitCount)
        {
            // 0 < value / 10^divisorDigits < 1, which rounds up to one nano unit.
            return BigInteger.One;
        }

        var quotient = BigInteger.DivRem(value, BigInteger.Pow(Ten, (int)divisorDigits), out var remainder);
        return remainder.IsZero ? quotient : quotient + 1;
    }
}
