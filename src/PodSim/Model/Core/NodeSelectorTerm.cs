namespace PodSim.Model;

/// <summary>A set of node requirements that must all match.</summary>
public sealed record NodeSelectorTerm
{
    /// <summary>Gets the requirements on node labels.</summary>
    public IReadOnlyList<NodeSelectorRequirement> MatchExpressions { get; init; } = [];

    /// <summary>Gets the requirements on node fields.</summary>
    public IReadOnlyList<NodeSelectorRequirement> MatchFields { get; init; } = [];
}
