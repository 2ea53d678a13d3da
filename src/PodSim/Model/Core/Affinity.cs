namespace PodSim.Model;

/// <summary>Node and inter-pod scheduling affinity rules.</summary>
public sealed record Affinity
{
    /// <summary>Gets the rules about which nodes the pod prefers or needs.</summary>
    public NodeAffinity? NodeAffinity { get; init; }

    /// <summary>Gets the rules for placing the pod near other pods.</summary>
    public PodAffinity? PodAffinity { get; init; }

    /// <summary>Gets the rules for keeping the pod away from other pods.</summary>
    public PodAntiAffinity? PodAntiAffinity { get; init; }
}
