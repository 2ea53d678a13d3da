namespace PodSim.Model;

/// <summary>A running container.</summary>
public sealed record ContainerStateRunning
{
    /// <summary>Gets when the container last started.</summary>
    public DateTimeOffset? StartedAt { get; init; }
}
