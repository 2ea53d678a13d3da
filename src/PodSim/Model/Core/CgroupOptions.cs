namespace PodSim.Model;

/// <summary>Options for the cgroup filesystem a container sees.</summary>
public sealed record CgroupOptions
{
    /// <summary>Gets the mount mode of the cgroup filesystem, such as <c>ReadWrite</c>.</summary>
    public string? MountMode { get; init; }
}
