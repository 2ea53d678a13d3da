namespace PodSim.Model;

/// <summary>One requirement on a node label or field.</summary>
public sealed record NodeSelectorRequirement
{
    /// <summary>Gets the label key or field name.</summary>
    public string? Key { get; init; }

    /// <summary>Gets the comparison (In, NotIn, Exists, DoesNotExist, Gt or Lt).</summary>
    public string? Operator { get; init; }

    /// <summary>Gets the values compared with.</summary>
    public IReadOnlyList<string> Values { get; init; } = [];
}
