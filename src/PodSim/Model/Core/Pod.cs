namespace PodSim.Model;

/// <summary>A Kubernetes Pod (core/v1): a group of containers scheduled together on one node.</summary>
public sealed record Pod : KubeObject
{
    /// <summary>Gets the desired state of the pod.</summary>
    public PodSpec? Spec { get; init; }

    /// <summary>Gets the most recently observed state of the pod.</summary>
    public PodStatus? Status { get; init; }
}
