namespace PodSim.Model;

/// <summary>One requirement on a label.</summary>
public sealed record LabelSelectorRequirement
{
    /// <summary>Gets the label key.</summary>
    public string? Key { get; init; }

    /// <summary>Gets the comparison (In, NotIn, Exists or DoesNotExist).</summary>
    public string? Operator { get; init; }

    /// <summary>Gets the values compared with.</summary>
    public IReadOnlyList<string> Values { get; init; } = [];
}
