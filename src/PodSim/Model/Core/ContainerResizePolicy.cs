namespace PodSim.Model;

/// <summary>How a container reacts when one of its resources is resized.</summary>
public sealed record ContainerResizePolicy
{
    /// <summary>Gets the resource this policy applies to.</summary>
    public string? ResourceName { get; init; }

    /// <summary>Gets whether the container restarts for the resize (NotRequired or RestartContainer).</summary>
    public string? RestartPolicy { get; init; }
}
