namespace PodSim.Manifests;

/// <summary>A scalar node: its text as written and what the text resolves to.</summary>
internal sealed class ManifestScalar : ManifestNode
{
    /// <summary>Initializes a new instance of the <see cref="ManifestScalar"/> class.</summary>
    /// <param name="value">The scalar's text (after unescaping).</param>
    /// <param name="kind">What the scalar resolves to.</param>
    /// <param name="location">Where the scalar starts.</param>
    public ManifestScalar(string value, ScalarKind kind, SourceLocation location)
        : this(value, kind, location, isPlain: false)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ManifestScalar"/> class.</summary>
    /// <param name="value">The scalar's text (after unescaping).</param>
    /// <param name="kind">What the scalar resolves to.</param>
    /// <param name="location">Where the scalar starts.</param>
    /// <param name="isPlain">Whether the scalar was written plain (unquoted, untagged) in its source.</param>
    public ManifestScalar(string value, ScalarKind kind, SourceLocation location, bool isPlain)
        : base(location, 1)
    {
        Value = value;
        Kind = kind;
        IsPlain = isPlain;
    }

    /// <summary>Gets a value indicating whether the scalar was written plain (unquoted, untagged) in its source.</summary>
    public bool IsPlain { get; }

    /// <summary>Gets the scalar's text.</summary>
    public string Value { get; }

    /// <summary>Gets what the scalar resolves to.</summary>
    public ScalarKind Kind { get; }

    /// <inheritdoc />
    public override string Describe() => Kind switch
    {
        ScalarKind.Integer => "integer",
        ScalarKind.Float => "number",
        ScalarKind.Boolean => "boolean",
        ScalarKind.Null => "null",
        _ => "string",
    };
}
