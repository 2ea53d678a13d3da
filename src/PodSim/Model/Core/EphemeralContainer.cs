namespace PodSim.Model;

/// <summary>A temporary container added to a running pod, for example to debug it.</summary>
public sealed record EphemeralContainer : Container
{
    /// <summary>Gets the name of the container whose namespaces the ephemeral container joins.</summary>
    public string? TargetContainerName { get; init; }
}
