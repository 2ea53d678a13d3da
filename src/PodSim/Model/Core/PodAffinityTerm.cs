namespace PodSim.Model;

/// <summary>Selects pods that a pod should (or should not) share a topology domain with.</summary>
public sealed record PodAffinityTerm
{
    /// <summary>Gets the selector of the pods considered.</summary>
    public LabelSelector? LabelSelector { get; init; }

    /// <summary>Gets the selector of the namespaces searched.</summary>
    public LabelSelector? NamespaceSelector { get; init; }

    /// <summary>Gets the namespaces searched by name.</summary>
    public IReadOnlyList<string> Namespaces { get; init; } = [];

    /// <summary>Gets the node label that defines a topology domain.</summary>
    public string? TopologyKey { get; init; }

    /// <summary>Gets the pod label keys whose values are added to the selector as equal matches.</summary>
    public IReadOnlyList<string> MatchLabelKeys { get; init; } = [];

    /// <summary>Gets the pod label keys whose values are added to the selector as non-matches.</summary>
    public IReadOnlyList<string> MismatchLabelKeys { get; init; } = [];
}
