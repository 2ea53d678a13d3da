namespace PodSim.Model;

/// <summary>A node requirement made of alternative terms.</summary>
public sealed record NodeSelector
{
    /// <summary>Gets the terms, any one of which must match.</summary>
    public IReadOnlyList<NodeSelectorTerm> NodeSelectorTerms { get; init; } = [];
}
