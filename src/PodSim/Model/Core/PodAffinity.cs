namespace PodSim.Model;

/// <summary>Rules for co-locating a pod with other pods.</summary>
public sealed record PodAffinity
{
    /// <summary>Gets the terms that must hold at scheduling time.</summary>
    public IReadOnlyList<PodAffinityTerm> RequiredDuringSchedulingIgnoredDuringExecution { get; init; } = [];

    /// <summary>Gets the weighted preferred terms.</summary>
    public IReadOnlyList<WeightedPodAffinityTerm> PreferredDuringSchedulingIgnoredDuringExecution { get; init; } = [];
}
