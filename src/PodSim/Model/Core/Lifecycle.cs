namespace PodSim.Model;

/// <summary>Hooks the kubelet runs around a container's start and stop.</summary>
public sealed record Lifecycle
{
    /// <summary>Gets the hook run right after the container is created.</summary>
    public LifecycleHandler? PostStart { get; init; }

    /// <summary>Gets the hook run before the container is stopped.</summary>
    public LifecycleHandler? PreStop { get; init; }

    /// <summary>Gets the signal sent to stop the container.</summary>
    public string? StopSignal { get; init; }
}
