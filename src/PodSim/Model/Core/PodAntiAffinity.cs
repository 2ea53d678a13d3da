namespace PodSim.Model;

/// <summary>Rules for keeping a pod apart from other pods.</summary>
public sealed record PodAntiAffinity
{
    /// <summary>Gets the terms that must hold at scheduling time.</summary>
    public IReadOnlyList<PodAffinityTerm> RequiredDuringSchedulingIgnoredDuringExecution { get; init; } = [];

    /// <summary>Gets the weighted preferred terms.</summary>
    public IReadOnlyList<WeightedPodAffinityTerm> PreferredDuringSchedulingIgnoredDuringExecution { get; init; } = [];
}
