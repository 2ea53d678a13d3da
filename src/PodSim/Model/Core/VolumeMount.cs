namespace PodSim.Model;

/// <summary>A pod volume mounted into a container.</summary>
public sealed record VolumeMount
{
    /// <summary>Gets the name of the volume to mount.</summary>
    public string? Name { get; init; }

    /// <summary>Gets a value indicating whether the mount is read-only.</summary>
    public bool? ReadOnly { get; init; }

    /// <summary>Gets how read-only mode applies to submounts.</summary>
    public string? RecursiveReadOnly { get; init; }

    /// <summary>Gets the path inside the container where the volume appears.</summary>
    public string? MountPath { get; init; }

    /// <summary>Gets the path within the volume to mount instead of its root.</summary>
    public string? SubPath { get; init; }

    /// <summary>Gets how mounts propagate between host and container.</summary>
    public string? MountPropagation { get; init; }

    /// <summary>Gets a sub-path that may reference environment variables.</summary>
    public string? SubPathExpr { get; init; }
}
