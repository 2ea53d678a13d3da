namespace PodSim.Model;

/// <summary>Security settings of one container.</summary>
public sealed record SecurityContext
{
    /// <summary>Gets the Linux capabilities added or dropped.</summary>
    public Capabilities? Capabilities { get; init; }

    /// <summary>Gets a value indicating whether the container runs privileged.</summary>
    public bool? Privileged { get; init; }

    /// <summary>Gets the SELinux context applied to the container.</summary>
    public SeLinuxOptions? SeLinuxOptions { get; init; }

    /// <summary>Gets the Windows-specific settings.</summary>
    public WindowsSecurityContextOptions? WindowsOptions { get; init; }

    /// <summary>Gets the user ID the container process runs as.</summary>
    public long? RunAsUser { get; init; }

    /// <summary>Gets the primary group ID the container process runs as.</summary>
    public long? RunAsGroup { get; init; }

    /// <summary>Gets a value indicating whether the container must not run as root.</summary>
    public bool? RunAsNonRoot { get; init; }

    /// <summary>Gets a value indicating whether the root filesystem is read-only.</summary>
    public bool? ReadOnlyRootFilesystem { get; init; }

    /// <summary>Gets a value indicating whether a process may gain more privileges than its parent.</summary>
    public bool? AllowPrivilegeEscalation { get; init; }

    /// <summary>Gets the kind of /proc mount used.</summary>
    public string? ProcMount { get; init; }

    /// <summary>Gets the seccomp profile applied.</summary>
    public SeccompProfile? SeccompProfile { get; init; }

    /// <summary>Gets the AppArmor profile applied.</summary>
    public AppArmorProfile? AppArmorProfile { get; init; }

    /// <summary>Gets how the container's cgroup filesystem is mounted, a recent field.</summary>
    public CgroupOptions? CgroupOptions { get; init; }
}
