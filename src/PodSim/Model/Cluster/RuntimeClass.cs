namespace PodSim.Model;

/// <summary>A Kubernetes RuntimeClass (node.k8s.io/v1): a container runtime configuration.</summary>
public sealed record RuntimeClass : KubeObject
{
    /// <summary>Gets the name of the runtime handler on the node.</summary>
    public string? Handler { get; init; }

    /// <summary>Gets the resource overhead of pods using the class.</summary>
    public Overhead? Overhead { get; init; }

    /// <summary>Gets the scheduling constraints of pods using the class.</summary>
    public Scheduling? Scheduling { get; init; }
}
