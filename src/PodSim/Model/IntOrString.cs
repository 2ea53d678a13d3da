using System.Globalization;

namespace PodSim.Model;

/// <summary>
/// A value that is either a 32-bit integer or a string, like Kubernetes' <c>intstr.IntOrString</c>
/// (ports given by number or name, percentages such as <c>"25%"</c>).
/// </summary>
public readonly struct IntOrString : IEquatable<IntOrString>
{
    private readonly string? _string;

    private IntOrString(int intValue, string? stringValue)
    {
        IntValue = intValue;
        _string = stringValue;
    }

    /// <summary>Gets a value indicating whether this value holds an integer.</summary>
    public bool IsInt => _string is null;

    /// <summary>Gets the integer value; 0 when <see cref="IsInt"/> is false.</summary>
    public int IntValue { get; }

    /// <summary>Gets the string value; <see langword="null"/> when <see cref="IsInt"/> is true.</summary>
    public string? StringValue => _string;

    /// <summary>Creates an integer value.</summary>
    /// <param name="value">The integer.</param>
    /// <returns>The value.</returns>
    public static IntOrString FromInt(int value) => new(value, null);

    /// <summary>Creates a string value.</summary>
    /// <param name="value">The string.</param>
    /// <returns>The value.</returns>
    public static IntOrString FromString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(0, value);
    }

    /// <summary>Converts an integer.</summary>
    /// <param name="value">The integer.</param>
    public static implicit operator IntOrString(int value) => FromInt(value);

    /// <summary>Converts a string.</summary>
    /// <param name="value">The string.</param>
    public static implicit operator IntOrString(string value) => FromString(value);

    /// <summary>
    /// Resolves an integer or a percentage (<c>"25%"</c>) against a total, rounding up or down,
    /// as <c>intstr.GetScaledValueFromIntOrPercent</c> does.
    /// </summary>
    /// <param name="total">The total that a percentage is taken of.</param>
    /// <param name="roundUp">Whether a fractional result rounds up.</param>
    /// <returns>The scaled value.</returns>
    /// <exception cref="FormatException">The string is not a percentage.</exception>
    public int GetScaledValue(int total, bool roundUp)
    {
        if (IsInt)
        {
            return IntValue;
        }

        var s = _string!;
        if (!s.EndsWith('%') || !int.TryParse(s.AsSpan(0, s.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var percent))
        {
            throw new FormatException($"invalid value for IntOrString: invalid value \"{s}\": must be an integer or a percentage");
        }

        var scaled = (long)percent * total;
        return (int)(roundUp ? (scaled + 99) / 100 : scaled / 100);
    }

    /// <inheritdoc />
    public bool Equals(IntOrString other) => IsInt == other.IsInt && IntValue == other.IntValue && string.Equals(_string, other._string, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IntOrString other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => IsInt ? IntValue : StringComparer.Ordinal.GetHashCode(_string!);

    /// <summary>The integer as decimal text, or the string as given.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsInt ? IntValue.ToString(CultureInfo.InvariantCulture) : _string!;

    /// <summary>Compares two values.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(IntOrString left, IntOrString right) => left.Equals(right);

    /// <summary>Compares two values.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(IntOrString left, IntOrString right) => !left.Equals(right);
}
