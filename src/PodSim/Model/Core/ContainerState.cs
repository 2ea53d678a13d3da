namespace PodSim.Model;

/// <summary>The state of a container; at most one member is set.</summary>
public sealed record ContainerState
{
    /// <summary>Gets details of a container that is waiting to run.</summary>
    public ContainerStateWaiting? Waiting { get; init; }

    /// <summary>Gets details of a running container.</summary>
    public ContainerStateRunning? Running { get; init; }

    /// <summary>Gets details of a container that has exited.</summary>
    public ContainerStateTerminated? Terminated { get; init; }
}
