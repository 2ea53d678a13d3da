namespace PodSim.Model;

/// <summary>The observed state of a container's volume mount.</summary>
public sealed record VolumeMountStatus
{
    /// <summary>Gets the name of the mounted volume.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the path inside the container.</summary>
    public string? MountPath { get; init; }

    /// <summary>Gets a value indicating whether the mount is read-only.</summary>
    public bool? ReadOnly { get; init; }

    /// <summary>Gets whether read-only mode is applied to submounts.</summary>
    public string? RecursiveReadOnly { get; init; }
}
