namespace PodSim.Manifests;

/// <summary>A mapping (object) node: its entries in source order, keys unique.</summary>
internal sealed class ManifestMapping : ManifestNode
{
    /// <summary>Initializes a new instance of the <see cref="ManifestMapping"/> class.</summary>
    /// <param name="entries">The entries in source order; keys must be unique.</param>
    /// <param name="location">Where the mapping starts.</param>
    public ManifestMapping(IReadOnlyList<KeyValuePair<ManifestScalar, ManifestNode>> entries, SourceLocation location)
        : base(location, SumWeights(entries))
    {
        Entries = entries;
    }

    /// <summary>Gets the entries in source order.</summary>
    public IReadOnlyList<KeyValuePair<ManifestScalar, ManifestNode>> Entries { get; }

    /// <inheritdoc />
    public override string Describe() => "object";

    /// <summary>Finds the value of a key.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value, when found.</param>
    /// <returns>Whether the key is present.</returns>
    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ManifestNode? value)
    {
        for (var i = 0; i < Entries.Count; i++)
        {
            if (string.Equals(Entries[i].Key.Value, key, StringComparison.Ordinal))
            {
                value = Entries[i].Value;
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <summary>Gets the text of a scalar entry, or <see langword="null"/> when absent or not a string.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The text.</returns>
    public string? GetString(string key) =>
        TryGetValue(key, out var v) && v is ManifestScalar { Kind: ScalarKind.String } s ? s.Value : null;

    private static long SumWeights(IReadOnlyList<KeyValuePair<ManifestScalar, ManifestNode>> entries)
    {
        long total = 1;
        for (var i = 0; i < entries.Count; i++)
        {
            total = AddWeights(AddWeights(total, 1), entries[i].Value.Weight);
        }

        return total;
    }
}
