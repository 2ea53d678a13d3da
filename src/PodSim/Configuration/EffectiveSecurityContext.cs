using PodSim.Model;

namespace PodSim.Configuration;

/// <summary>
/// A container's security settings after the container's fields override the pod's
/// (<c>DetermineEffectiveSecurityContext</c>; seccomp and AppArmor profiles likewise), with the pod-only fields.
/// Null means not set: the runtime default applies (seccomp Unconfined unless the kubelet defaults it, AppArmor
/// runtime default where AppArmor is enabled).
/// </summary>
public sealed record EffectiveSecurityContext
{
    /// <summary>Gets the user ID (container, else pod).</summary>
    public long? RunAsUser { get; init; }

    /// <summary>Gets the primary group ID (container, else pod).</summary>
    public long? RunAsGroup { get; init; }

    /// <summary>Gets whether the process must not run as root (container, else pod).</summary>
    public bool? RunAsNonRoot { get; init; }

    /// <summary>Gets the SELinux label (container, else pod).</summary>
    public SeLinuxOptions? SeLinuxOptions { get; init; }

    /// <summary>Gets the Windows settings (the container's set fields over the pod's).</summary>
    public WindowsSecurityContextOptions? WindowsOptions { get; init; }

    /// <summary>Gets the seccomp profile (container, else pod).</summary>
    public SeccompProfile? SeccompProfile { get; init; }

    /// <summary>Gets the AppArmor profile (container, else pod).</summary>
    public AppArmorProfile? AppArmorProfile { get; init; }

    /// <summary>Gets whether the container is privileged (container only).</summary>
    public bool? Privileged { get; init; }

    /// <summary>Gets the capabilities added and dropped (container only).</summary>
    public Capabilities? Capabilities { get; init; }

    /// <summary>Gets whether the root filesystem is read-only (container only).</summary>
    public bool? ReadOnlyRootFilesystem { get; init; }

    /// <summary>Gets whether the process may gain privileges (container only; unset allows it).</summary>
    public bool? AllowPrivilegeEscalation { get; init; }

    /// <summary>Gets the /proc mount type (container only).</summary>
    public string? ProcMount { get; init; }

    /// <summary>Gets the group that owns the pod's volumes (pod only).</summary>
    public long? FsGroup { get; init; }

    /// <summary>Gets when volume ownership is changed (pod only).</summary>
    public string? FsGroupChangePolicy { get; init; }

    /// <summary>Gets the extra groups of the pod's processes (pod only).</summary>
    public IReadOnlyList<long> SupplementalGroups { get; init; } = [];

    /// <summary>Gets how supplemental groups are computed (pod only).</summary>
    public string? SupplementalGroupsPolicy { get; init; }

    /// <summary>Gets the namespaced kernel parameters (pod only).</summary>
    public IReadOnlyList<Sysctl> Sysctls { get; init; } = [];

    /// <summary>Gets a value indicating whether the runtime sets <c>no_new_privs</c> (<c>allowPrivilegeEscalation: false</c>).</summary>
    public bool NoNewPrivileges => AllowPrivilegeEscalation == false;
}
