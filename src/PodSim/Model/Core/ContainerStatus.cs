namespace PodSim.Model;

/// <summary>The observed state of one container.</summary>
public sealed record ContainerStatus
{
    /// <summary>Gets the container's name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the container's current state.</summary>
    public ContainerState? State { get; init; }

    /// <summary>Gets the container's previous state, usually its last termination.</summary>
    public ContainerState? LastState { get; init; }

    /// <summary>Gets a value indicating whether the container passes its readiness check.</summary>
    public bool? Ready { get; init; }

    /// <summary>Gets how many times the container has been restarted.</summary>
    public int? RestartCount { get; init; }

    /// <summary>Gets the image the container runs.</summary>
    public string? Image { get; init; }

    /// <summary>Gets the resolved identifier of the container's image.</summary>
    public string? ImageID { get; init; }

    /// <summary>Gets the runtime's identifier of the container.</summary>
    public string? ContainerID { get; init; }

    /// <summary>Gets a value indicating whether the container has passed its startup probe.</summary>
    public bool? Started { get; init; }

    /// <summary>Gets the resources the node has allocated to the container.</summary>
    public IReadOnlyDictionary<string, Quantity> AllocatedResources { get; init; } = EmptyMap.Quantities;

    /// <summary>Gets the resources actually configured for the running container.</summary>
    public ResourceRequirements? Resources { get; init; }

    /// <summary>Gets the state of the container's volume mounts.</summary>
    public IReadOnlyList<VolumeMountStatus> VolumeMounts { get; init; } = [];

    /// <summary>Gets the signal used to stop the container.</summary>
    public string? StopSignal { get; init; }

    /// <summary>Gets the identity the container process runs as, kept as written: PodSim does not simulate it.</summary>
    public FreeformValue? User { get; init; }

    /// <summary>Gets the health of allocated devices, kept as written: PodSim does not simulate it.</summary>
    public IReadOnlyList<FreeformValue> AllocatedResourcesStatus { get; init; } = [];
}
