namespace PodSim.Model;

/// <summary>A container that is not running yet.</summary>
public sealed record ContainerStateWaiting
{
    /// <summary>Gets why the container is waiting.</summary>
    public string? Reason { get; init; }

    /// <summary>Gets a human-readable explanation of the wait.</summary>
    public string? Message { get; init; }
}
