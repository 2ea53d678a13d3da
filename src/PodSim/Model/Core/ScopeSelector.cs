namespace PodSim.Model;

/// <summary>A selection of quota scopes.</summary>
public sealed record ScopeSelector
{
    /// <summary>Gets the scope requirements that must all hold.</summary>
    public IReadOnlyList<ScopedResourceSelectorRequirement> MatchExpressions { get; init; } = [];
}
