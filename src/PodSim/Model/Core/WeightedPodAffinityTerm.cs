namespace PodSim.Model;

/// <summary>A pod affinity term with a weight.</summary>
public sealed record WeightedPodAffinityTerm
{
    /// <summary>Gets the weight added when the term matches.</summary>
    public int? Weight { get; init; }

    /// <summary>Gets the term.</summary>
    public PodAffinityTerm? PodAffinityTerm { get; init; }
}
