namespace PodSim.Model;

/// <summary>The desired state of a replica set.</summary>
public sealed record ReplicaSetSpec
{
    /// <summary>Gets the number of pods wanted.</summary>
    public int? Replicas { get; init; }

    /// <summary>Gets how long, in seconds, a pod must be ready to count as available.</summary>
    public int? MinReadySeconds { get; init; }

    /// <summary>Gets the selector of the pods the replica set manages.</summary>
    public LabelSelector? Selector { get; init; }

    /// <summary>Gets the template new pods are created from.</summary>
    public PodTemplateSpec? Template { get; init; }
}
