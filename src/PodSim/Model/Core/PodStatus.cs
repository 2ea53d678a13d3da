namespace PodSim.Model;

/// <summary>The observed state of a pod.</summary>
public sealed record PodStatus
{
    /// <summary>Gets the pod generation this status reflects.</summary>
    public long? ObservedGeneration { get; init; }

    /// <summary>Gets the pod's phase (see <see cref="PodPhases"/>).</summary>
    public string? Phase { get; init; }

    /// <summary>Gets the pod's current conditions.</summary>
    public IReadOnlyList<PodCondition> Conditions { get; init; } = [];

    /// <summary>Gets a human-readable explanation of the pod's state.</summary>
    public string? Message { get; init; }

    /// <summary>Gets a short machine-readable reason for the pod's state.</summary>
    public string? Reason { get; init; }

    /// <summary>Gets the node the pod is expected to run on after preemption.</summary>
    public string? NominatedNodeName { get; init; }

    /// <summary>Gets the primary IP address of the pod's node.</summary>
    public string? HostIP { get; init; }

    /// <summary>Gets the IP addresses of the pod's node.</summary>
    public IReadOnlyList<HostIP> HostIPs { get; init; } = [];

    /// <summary>Gets the pod's primary IP address.</summary>
    public string? PodIP { get; init; }

    /// <summary>Gets the pod's IP addresses.</summary>
    public IReadOnlyList<PodIP> PodIPs { get; init; } = [];

    /// <summary>Gets when the kubelet acknowledged the pod.</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>Gets the status of each init container.</summary>
    public IReadOnlyList<ContainerStatus> InitContainerStatuses { get; init; } = [];

    /// <summary>Gets the status of each app container.</summary>
    public IReadOnlyList<ContainerStatus> ContainerStatuses { get; init; } = [];

    /// <summary>Gets the pod's quality-of-service class (see <see cref="QosClasses"/>).</summary>
    public string? QosClass { get; init; }

    /// <summary>Gets the status of each ephemeral container.</summary>
    public IReadOnlyList<ContainerStatus> EphemeralContainerStatuses { get; init; } = [];

    /// <summary>Gets the deprecated state of a pending in-place resize.</summary>
    public string? Resize { get; init; }

    /// <summary>Gets the status of the pod's resource claims, kept as written: PodSim does not simulate it.</summary>
    public IReadOnlyList<FreeformValue> ResourceClaimStatuses { get; init; } = [];
}
