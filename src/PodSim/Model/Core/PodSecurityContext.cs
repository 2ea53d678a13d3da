namespace PodSim.Model;

/// <summary>Security settings shared by all containers of a pod.</summary>
public sealed record PodSecurityContext
{
    /// <summary>Gets the SELinux context applied to all containers.</summary>
    public SeLinuxOptions? SeLinuxOptions { get; init; }

    /// <summary>Gets the Windows-specific settings of all containers.</summary>
    public WindowsSecurityContextOptions? WindowsOptions { get; init; }

    /// <summary>Gets the user ID container processes run as.</summary>
    public long? RunAsUser { get; init; }

    /// <summary>Gets the primary group ID container processes run as.</summary>
    public long? RunAsGroup { get; init; }

    /// <summary>Gets a value indicating whether containers must not run as root.</summary>
    public bool? RunAsNonRoot { get; init; }

    /// <summary>Gets extra group IDs given to container processes.</summary>
    public IReadOnlyList<long> SupplementalGroups { get; init; } = [];

    /// <summary>Gets how supplemental groups are computed (Merge or Strict).</summary>
    public string? SupplementalGroupsPolicy { get; init; }

    /// <summary>Gets the group ID that owns the pod's volumes.</summary>
    public long? FsGroup { get; init; }

    /// <summary>Gets the namespaced kernel parameters set for the pod.</summary>
    public IReadOnlyList<Sysctl> Sysctls { get; init; } = [];

    /// <summary>Gets when volume ownership is changed (OnRootMismatch or Always).</summary>
    public string? FsGroupChangePolicy { get; init; }

    /// <summary>Gets the seccomp profile applied to all containers.</summary>
    public SeccompProfile? SeccompProfile { get; init; }

    /// <summary>Gets the AppArmor profile applied to all containers.</summary>
    public AppArmorProfile? AppArmorProfile { get; init; }

    /// <summary>Gets how SELinux labels are applied to volumes (Recursive or MountOption).</summary>
    public string? SeLinuxChangePolicy { get; init; }
}
