namespace PodSim.Model;

/// <summary>Rules about the nodes a pod may or should run on.</summary>
public sealed record NodeAffinity
{
    /// <summary>Gets the node requirement that must hold at scheduling time.</summary>
    public NodeSelector? RequiredDuringSchedulingIgnoredDuringExecution { get; init; }

    /// <summary>Gets the weighted node preferences.</summary>
    public IReadOnlyList<PreferredSchedulingTerm> PreferredDuringSchedulingIgnoredDuringExecution { get; init; } = [];
}
