namespace PodSim.Manifests;

/// <summary>A sequence (array) node.</summary>
internal sealed class ManifestSequence : ManifestNode
{
    /// <summary>Initializes a new instance of the <see cref="ManifestSequence"/> class.</summary>
    /// <param name="items">The items in order.</param>
    /// <param name="location">Where the sequence starts.</param>
    public ManifestSequence(IReadOnlyList<ManifestNode> items, SourceLocation location)
        : base(location, SumWeights(items))
    {
        Items = items;
    }

    /// <summary>Gets the items in order.</summary>
    public IReadOnlyList<ManifestNode> Items { get; }

    /// <inheritdoc />
    public override string Describe() => "array";

    private static long SumWeights(IReadOnlyList<ManifestNode> items)
    {
        long total = 1;
        for (var i = 0; i < items.Count; i++)
        {
            total = AddWeights(total, items[i].Weight);
        }

        return total;
    }
}
