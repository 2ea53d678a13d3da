namespace PodSim.Manifests;

/// <summary>
/// One node of a parsed YAML or JSON document, with where it stood in its source.
/// Nodes are immutable; an alias in the source shares the anchored node.
/// </summary>
internal abstract class ManifestNode
{
    private protected ManifestNode(SourceLocation location, long weight)
    {
        Location = location;
        Weight = weight;
    }

    /// <summary>Gets where the node starts in its source.</summary>
    public SourceLocation Location { get; }

    /// <summary>
    /// Gets the number of nodes this node stands for once every alias is expanded (saturating at <see cref="long.MaxValue"/>).
    /// The loader refuses documents whose weight exceeds its limit ("billion laughs").
    /// </summary>
    public long Weight { get; }

    /// <summary>Gets a short English name of the node's kind for error messages (<c>string</c>, <c>integer</c>, <c>object</c>, <c>array</c>...).</summary>
    public abstract string Describe();

    private protected static long AddWeights(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;
}
