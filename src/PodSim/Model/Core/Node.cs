namespace PodSim.Model;

/// <summary>A Kubernetes Node (core/v1): a machine that runs pods.</summary>
public sealed record Node : KubeObject
{
    /// <summary>Gets the node's configuration.</summary>
    public NodeSpec? Spec { get; init; }

    /// <summary>Gets the node's observed state.</summary>
    public NodeStatus? Status { get; init; }
}
