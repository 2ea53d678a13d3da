namespace PodSim.Model;

/// <summary>A Kubernetes ReplicaSet (apps/v1): keeps a number of pod replicas running.</summary>
public sealed record ReplicaSet : KubeObject
{
    /// <summary>Gets the replica set's desired state.</summary>
    public ReplicaSetSpec? Spec { get; init; }

    /// <summary>Gets the object's observed status, kept as written: PodSim does not simulate it.</summary>
    public FreeformValue? Status { get; init; }
}
