namespace PodSim.Model;

/// <summary>The scheduling constraints of a runtime class.</summary>
public sealed record Scheduling
{
    /// <summary>Gets the node labels required, merged into the pod's node selector.</summary>
    public IReadOnlyDictionary<string, string> NodeSelector { get; init; } = EmptyMap.Strings;

    /// <summary>Gets the tolerations added to the pod.</summary>
    public IReadOnlyList<Toleration> Tolerations { get; init; } = [];
}
