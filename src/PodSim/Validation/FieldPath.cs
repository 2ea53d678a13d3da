using System.Globalization;

namespace PodSim.Validation;

/// <summary>
/// An immutable Kubernetes field path such as <c>spec.containers[0].resources.limits[cpu]</c>,
/// built like upstream's <c>field.Path</c>: children join with dots, list indices and map keys go in brackets.
/// </summary>
public sealed class FieldPath
{
    private readonly string _text;

    private FieldPath(string text) => _text = text;

    /// <summary>Gets the empty path (the object itself).</summary>
    public static FieldPath Root { get; } = new(string.Empty);

    /// <summary>Creates a path from its first field name.</summary>
    /// <param name="name">The field name, such as <c>spec</c>.</param>
    /// <returns>The path.</returns>
    public static FieldPath New(string name) => new(name);

    /// <summary>Appends field names.</summary>
    /// <param name="names">The names.</param>
    /// <returns>The longer path.</returns>
    public FieldPath Child(params ReadOnlySpan<string> names)
    {
        var text = _text;
        foreach (var name in names)
        {
            text = text.Length == 0 ? name : text + "." + name;
        }

        return new FieldPath(text);
    }

    /// <summary>Appends a list index.</summary>
    /// <param name="index">The 0-based index.</param>
    /// <returns>The longer path.</returns>
    public FieldPath Index(int index) => new(_text + "[" + index.ToString(CultureInfo.InvariantCulture) + "]");

    /// <summary>Appends a map key (printed without quotes, as upstream does).</summary>
    /// <param name="key">The key.</param>
    /// <returns>The longer path.</returns>
    public FieldPath Key(string key) => new(_text + "[" + key + "]");

    /// <summary>Gets the path as text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _text;

    /// <summary>Converts a path to its text.</summary>
    /// <param name="path">The path.</param>
    public static implicit operator string(FieldPath path) => path?._text ?? string.Empty;
}
