namespace PodSim.Model;

/// <summary>A Kubernetes PriorityClass (scheduling.k8s.io/v1): maps a name to a pod priority.</summary>
public sealed record PriorityClass : KubeObject
{
    /// <summary>Gets the priority given to pods that use the class.</summary>
    public int? Value { get; init; }

    /// <summary>Gets a value indicating whether the class applies to pods that name none.</summary>
    public bool? GlobalDefault { get; init; }

    /// <summary>Gets a description of when to use the class.</summary>
    public string? Description { get; init; }

    /// <summary>Gets whether pods of the class may preempt others (see <see cref="PreemptionPolicies"/>).</summary>
    public string? PreemptionPolicy { get; init; }
}
