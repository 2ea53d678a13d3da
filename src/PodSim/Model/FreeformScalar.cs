namespace PodSim.Model;

/// <summary>A scalar of a free-form value: its text as written in the manifest and what the text stands for.</summary>
public sealed class FreeformScalar : FreeformValue
{
    /// <summary>Initializes a new instance of the <see cref="FreeformScalar"/> class.</summary>
    /// <param name="text">The text, as written (numbers keep their spelling so that they are written back unchanged).</param>
    /// <param name="kind">What the text stands for.</param>
    public FreeformScalar(string text, FreeformScalarKind kind)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Kind = kind;
    }

    /// <summary>Gets the scalar's text.</summary>
    public string Text { get; }

    /// <summary>Gets what the text stands for.</summary>
    public FreeformScalarKind Kind { get; }

    /// <summary>Gets the text of a string scalar, or <see langword="null"/> for any other kind.</summary>
    public string? StringValue => Kind == FreeformScalarKind.String ? Text : null;
}
