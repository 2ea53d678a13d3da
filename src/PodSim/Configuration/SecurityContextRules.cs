using System.Globalization;
using PodSim.Model;
using PodSim.Validation;

namespace PodSim.Configuration;

/// <summary>
/// Security context rules: the effective settings of a container, the identity its process runs as, and the
/// kubelet's <c>runAsNonRoot</c> check (<c>verifyRunAsNonRoot</c>).
/// </summary>
internal static class SecurityContextRules
{
    /// <summary>Merges the container's security context over the pod's.</summary>
    /// <param name="pod">The pod.</param>
    /// <param name="container">The container.</param>
    /// <returns>The effective settings.</returns>
    public static EffectiveSecurityContext Effective(Pod pod, Container container)
    {
        ArgumentNullException.ThrowIfNull(pod);
        ArgumentNullException.ThrowIfNull(container);
        var podSc = pod.Spec?.SecurityContext;
        var sc = container.SecurityContext;
        return new EffectiveSecurityContext
        {
            RunAsUser = sc?.RunAsUser ?? podSc?.RunAsUser,
            RunAsGroup = sc?.RunAsGroup ?? podSc?.RunAsGroup,
            RunAsNonRoot = sc?.RunAsNonRoot ?? podSc?.RunAsNonRoot,
            SeLinuxOptions = sc?.SeLinuxOptions ?? podSc?.SeLinuxOptions,
            WindowsOptions = MergeWindows(podSc?.WindowsOptions, sc?.WindowsOptions),
            SeccompProfile = sc?.SeccompProfile ?? podSc?.SeccompProfile,
            AppArmorProfile = sc?.AppArmorProfile ?? podSc?.AppArmorProfile,
            Privileged = sc?.Privileged,
            Capabilities = sc?.Capabilities,
            ReadOnlyRootFilesystem = sc?.ReadOnlyRootFilesystem,
            AllowPrivilegeEscalation = sc?.AllowPrivilegeEscalation,
            ProcMount = sc?.ProcMount,
            FsGroup = podSc?.FsGroup,
            FsGroupChangePolicy = podSc?.FsGroupChangePolicy,
            SupplementalGroups = podSc?.SupplementalGroups ?? [],
            SupplementalGroupsPolicy = podSc?.SupplementalGroupsPolicy,
            Sysctls = podSc?.Sysctls ?? [],
        };
    }

    /// <summary>The user and groups the container's process runs as.</summary>
    /// <param name="pod">The pod.</param>
    /// <param name="container">The container.</param>
    /// <param name="image">The image's configuration; without it the image is taken to run as root.</param>
    /// <returns>The identity.</returns>
    public static ProcessIdentity Identity(Pod pod, Container container, ImageConfig? image = null)
    {
        var effective = Effective(pod, container);
        var imageUser = ParseImageUser(image?.User);
        var supplemental = new List<long>();
        if (effective.FsGroup is { } fsGroup)
        {
            supplemental.Add(fsGroup);
        }

        supplemental.AddRange(effective.SupplementalGroups);
        var uid = effective.RunAsUser ?? imageUser.Uid;
        var username = effective.RunAsUser is null ? imageUser.Name : null;
        return new ProcessIdentity(uid, username, effective.RunAsGroup ?? imageUser.Gid ?? 0, supplemental);
    }

    /// <summary>The kubelet's <c>runAsNonRoot</c> check, made when the container is about to be created.</summary>
    /// <param name="pod">The pod (its name, namespace and UID appear in the message).</param>
    /// <param name="container">The container.</param>
    /// <param name="image">The image's configuration; without it the image is taken to run as root.</param>
    /// <returns>
    /// Null when the container may run, else a <c>CreateContainerConfigError</c> such as
    /// <c>container has runAsNonRoot and image will run as root (pod: "web_default(uid)", container: app)</c>.
    /// </returns>
    public static ConfigurationError? VerifyRunAsNonRoot(Pod pod, Container container, ImageConfig? image = null)
    {
        var effective = Effective(pod, container);
        if (effective.RunAsNonRoot != true)
        {
            return null;
        }

        var where = "(pod: " + GoQuote.Quote(PodFormat.Describe(pod)) + ", container: " + container.Name + ")";
        if (effective.RunAsUser is { } runAsUser)
        {
            return runAsUser == 0 ? ConfigurationError.ContainerConfig("container's runAsUser breaks non-root policy " + where) : null;
        }

        var imageUser = ParseImageUser(image?.User);
        if (imageUser.Uid is not { } uid)
        {
            return ConfigurationError.ContainerConfig(
                "container has runAsNonRoot and image has non-numeric user (" + imageUser.Name + "), cannot verify user is non-root " + where);
        }

        if (uid == 0)
        {
            return ConfigurationError.ContainerConfig("container has runAsNonRoot and image will run as root " + where);
        }

        var problems = NameValidation.IsValidUserId(uid);
        return problems.Count > 0
            ? ConfigurationError.ContainerConfig(string.Create(CultureInfo.InvariantCulture,
                $"container has runAsNonRoot and image has an invalid user id ({uid}). (Must be 1-({int.MaxValue})): {string.Join("; ", problems)} {where}"))
            : null;
    }

    /// <summary>
    /// The image's <c>USER</c> as the runtime reports it: <c>uid[:gid]</c> gives a user ID, a name gives a user name,
    /// and no user means root.
    /// </summary>
    private static (long? Uid, string? Name, long? Gid) ParseImageUser(string? user)
    {
        if (string.IsNullOrEmpty(user))
        {
            return (0, null, null);
        }

        var colon = user.IndexOf(':', StringComparison.Ordinal);
        var userPart = colon < 0 ? user : user[..colon];
        var groupPart = colon < 0 ? null : user[(colon + 1)..];
        long? gid = long.TryParse(groupPart, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var g) ? g : null;
        if (userPart.Length == 0)
        {
            return (0, null, gid);
        }

        return long.TryParse(userPart, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var uid)
            ? (uid, null, gid)
            : (null, userPart, gid);
    }

    private static WindowsSecurityContextOptions? MergeWindows(WindowsSecurityContextOptions? pod, WindowsSecurityContextOptions? container)
    {
        if (container is null)
        {
            return pod;
        }

        var merged = pod ?? new WindowsSecurityContextOptions();

        // The two GMSA fields go together; the others override one by one.
        if (container.GmsaCredentialSpecName is not null || container.GmsaCredentialSpec is not null)
        {
            merged = merged with { GmsaCredentialSpecName = container.GmsaCredentialSpecName, GmsaCredentialSpec = container.GmsaCredentialSpec };
        }

        if (container.RunAsUserName is not null)
        {
            merged = merged with { RunAsUserName = container.RunAsUserName };
        }

        if (container.HostProcess is not null)
        {
            merged = merged with { HostProcess = container.HostProcess };
        }

        return merged;
    }
}
