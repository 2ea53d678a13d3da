namespace PodSim.Manifests;

/// <summary>Limits and switches for loading manifests. The defaults suit any real manifest and refuse hostile input quickly.</summary>
public sealed record ManifestLoadOptions
{
    /// <summary>Gets the default options.</summary>
    public static ManifestLoadOptions Default { get; } = new();

    /// <summary>Gets the largest size of one YAML document, in characters of text (default 8 MiB).</summary>
    public int MaxDocumentSize { get; init; } = 8 * 1024 * 1024;

    /// <summary>Gets the largest input read from a stream or file, in bytes (default 64 MiB).</summary>
    public long MaxInputSize { get; init; } = 64L * 1024 * 1024;

    /// <summary>Gets the deepest nesting of mappings and sequences allowed (default 64).</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>
    /// Gets the largest number of nodes one document may stand for once its aliases are expanded (default 2,000,000).
    /// This is what stops "billion laughs" documents.
    /// </summary>
    public long MaxExpandedNodes { get; init; } = 2_000_000;
}
