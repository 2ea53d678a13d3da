namespace PodSim.Model;

/// <summary>One requirement on a quota scope.</summary>
public sealed record ScopedResourceSelectorRequirement
{
    /// <summary>Gets the scope's name.</summary>
    public string? ScopeName { get; init; }

    /// <summary>Gets the comparison (In, NotIn, Exists or DoesNotExist).</summary>
    public string? Operator { get; init; }

    /// <summary>Gets the values compared with.</summary>
    public IReadOnlyList<string> Values { get; init; } = [];
}
