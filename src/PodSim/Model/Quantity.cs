namespace PodSim.Model;

// STUB: the Quantity helper replaces this file with the full implementation.

/// <summary>A Kubernetes <c>resource.Quantity</c>.</summary>
public readonly struct Quantity : IEquatable<Quantity>, IComparable<Quantity>
{
    private readonly string? _text;

    private Quantity(string text) => _text = text;

    /// <summary>Parses a quantity.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The quantity.</returns>
    public static Quantity Parse(string text) => new(text);

    /// <summary>Tries to parse a quantity.</summary>
    /// <param name="text">The text.</param>
    /// <param name="quantity">The quantity.</param>
    /// <param name="error">The upstream error message.</param>
    /// <returns>Whether it parsed.</returns>
    public static bool TryParse(string text, out Quantity quantity, out string? error)
    {
        quantity = new(text);
        error = null;
        return true;
    }

    /// <inheritdoc />
    public bool Equals(Quantity other) => string.Equals(_text, other._text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Quantity q && Equals(q);

    /// <inheritdoc />
    public override int GetHashCode() => _text?.GetHashCode(StringComparison.Ordinal) ?? 0;

    /// <inheritdoc />
    public int CompareTo(Quantity other) => string.CompareOrdinal(_text, other._text);

    /// <inheritdoc />
    public override string ToString() => _text ?? "0";

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(Quantity left, Quantity right) => left.Equals(right);

    /// <summary>Inequality.</summary>
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
}
