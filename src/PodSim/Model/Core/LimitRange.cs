namespace PodSim.Model;

/// <summary>A Kubernetes LimitRange (core/v1): per-namespace resource defaults and bounds.</summary>
public sealed record LimitRange : KubeObject
{
    /// <summary>Gets the limits enforced.</summary>
    public LimitRangeSpec? Spec { get; init; }
}
