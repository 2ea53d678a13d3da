using System.Text.RegularExpressions;
using PodSim.Model;

namespace PodSim.Validation;

/// <summary>Security context checks (<c>ValidateSecurityContext</c>, <c>validatePodSpecSecurityContext</c>).</summary>
internal static partial class SecurityValidation
{
    /// <summary>The longest AppArmor localhost profile name, in bytes (<c>ValidateAppArmorProfileField</c>).</summary>
    public const int MaxLocalhostProfileLength = 4095;

    public static List<FieldError> ValidateSecurityContext(SecurityContext? sc, FieldPath path, bool hostUsers)
    {
        var errs = new List<FieldError>();
        if (sc is null)
        {
            return errs;
        }

        // PodSim models a cluster started with --allow-privileged=true, so privileged containers are allowed.
        if (sc.RunAsUser is { } uid)
        {
            VolumeValidation.AddInvalid(errs, path.Child("runAsUser"), uid, NameValidation.IsValidUserId(uid));
        }

        if (sc.RunAsGroup is { } gid)
        {
            VolumeValidation.AddInvalid(errs, path.Child("runAsGroup"), gid, NameValidation.IsValidGroupId(gid));
        }

        if (sc.ProcMount is { } pm)
        {
            if (pm is not ("Default" or "Unmasked"))
            {
                errs.Add(FieldError.NotSupported(path.Child("procMount"), pm, "Default", "Unmasked"));
            }

            if (hostUsers && pm == "Unmasked")
            {
                errs.Add(FieldError.Invalid(path.Child("procMount"), pm, "`hostUsers` must be false to use `Unmasked`"));
            }
        }

        errs.AddRange(ValidateSeccompProfile(sc.SeccompProfile, path.Child("seccompProfile")));
        if (sc.AllowPrivilegeEscalation == false)
        {
            if (sc.Privileged == true)
            {
                errs.Add(FieldError.Invalid(path, JsonOf(sc), "cannot set `allowPrivilegeEscalation` to false and `privileged` to true"));
            }

            if (sc.Capabilities is { } caps && caps.Add.Contains("CAP_SYS_ADMIN"))
            {
                errs.Add(FieldError.Invalid(path, JsonOf(sc), "cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN"));
            }
        }

        errs.AddRange(ValidateAppArmorProfile(sc.AppArmorProfile, path.Child("appArmorProfile")));
        return errs;
    }

    public static List<FieldError> ValidatePodSecurityContext(PodSpec spec, FieldPath path)
    {
        var errs = new List<FieldError>();
        var psc = spec.SecurityContext;
        if (psc is null)
        {
            return errs;
        }

        if (psc.FsGroup is { } fsGroup)
        {
            VolumeValidation.AddInvalid(errs, path.Child("fsGroup"), fsGroup, NameValidation.IsValidGroupId(fsGroup));
        }

        if (psc.RunAsUser is { } uid)
        {
            VolumeValidation.AddInvalid(errs, path.Child("runAsUser"), uid, NameValidation.IsValidUserId(uid));
        }

        if (psc.RunAsGroup is { } gid)
        {
            VolumeValidation.AddInvalid(errs, path.Child("runAsGroup"), gid, NameValidation.IsValidGroupId(gid));
        }

        for (var g = 0; g < psc.SupplementalGroups.Count; g++)
        {
            VolumeValidation.AddInvalid(errs, path.Child("supplementalGroups").Index(g), psc.SupplementalGroups[g], NameValidation.IsValidGroupId(psc.SupplementalGroups[g]));
        }

        if (spec.ShareProcessNamespace == true && spec.HostPID == true)
        {
            errs.Add(FieldError.Invalid(path.Child("shareProcessNamespace"), true, "ShareProcessNamespace and HostPID cannot both be enabled"));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < psc.Sysctls.Count; i++)
        {
            var name = psc.Sysctls[i].Name ?? string.Empty;
            var namePath = path.Child("sysctls").Index(i).Child("name");
            if (name.Length == 0)
            {
                errs.Add(FieldError.Required(namePath));
            }
            else if (name.Length > 253 || !SysctlRegex().IsMatch(name))
            {
                errs.Add(FieldError.Invalid(namePath, name, "must have at most 253 characters and match regex ^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[\\./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$"));
            }
            else if (names.Contains(name))
            {
                errs.Add(FieldError.Duplicate(namePath, name));
            }

            if (spec.HostNetwork == true && (name.StartsWith("net.", StringComparison.Ordinal) || name.StartsWith("net/", StringComparison.Ordinal)))
            {
                errs.Add(FieldError.Invalid(namePath, name, "may not be specified when 'hostNetwork' is true"));
            }
            else if (spec.HostIPC == true && (name.StartsWith("kernel.shm", StringComparison.Ordinal) || name.StartsWith("kernel.msg", StringComparison.Ordinal) ||
                name == "kernel.sem" || name.StartsWith("fs.mqueue.", StringComparison.Ordinal)))
            {
                errs.Add(FieldError.Invalid(namePath, name, "may not be specified when 'hostIPC' is true"));
            }

            names.Add(name);
        }

        if (psc.FsGroupChangePolicy is { } fscp && fscp is not ("Always" or "OnRootMismatch"))
        {
            errs.Add(FieldError.NotSupported(path.Child("fsGroupChangePolicy"), fscp, "Always", "OnRootMismatch"));
        }

        errs.AddRange(ValidateSeccompProfile(psc.SeccompProfile, path.Child("seccompProfile")));
        errs.AddRange(ValidateAppArmorProfile(psc.AppArmorProfile, path.Child("appArmorProfile")));
        if (psc.SupplementalGroupsPolicy is { } sgp && sgp is not ("Merge" or "Strict"))
        {
            errs.Add(FieldError.NotSupported(path.Child("supplementalGroupsPolicy"), sgp, "Merge", "Strict"));
        }

        if (psc.SeLinuxChangePolicy is { } selcp && selcp is not ("MountOption" or "Recursive"))
        {
            errs.Add(FieldError.NotSupported(path.Child("seLinuxChangePolicy"), selcp, "MountOption", "Recursive"));
        }

        return errs;
    }

    private static List<FieldError> ValidateSeccompProfile(SeccompProfile? sp, FieldPath path)
    {
        var errs = new List<FieldError>();
        if (sp is null)
        {
            return errs;
        }

        switch (sp.Type ?? string.Empty)
        {
            case "Localhost" or "RuntimeDefault" or "Unconfined":
                break;
            case "":
                errs.Add(FieldError.Required(path.Child("type"), "type is required when seccompProfile is set"));
                break;
            default:
                errs.Add(FieldError.NotSupported(path.Child("type"), sp.Type, "Localhost", "RuntimeDefault", "Unconfined"));
                break;
        }

        if (sp.Type == "Localhost")
        {
            if (sp.LocalhostProfile is null)
            {
                errs.Add(FieldError.Required(path.Child("localhostProfile"), "must be set when seccomp type is Localhost"));
            }
            else
            {
                errs.AddRange(VolumeValidation.ValidateLocalDescendingPath(sp.LocalhostProfile, path.Child("localhostProfile")));
            }
        }
        else if (sp.LocalhostProfile is not null)
        {
            errs.Add(FieldError.Invalid(path.Child("localhostProfile"), JsonOf(sp), "can only be set when seccomp type is Localhost"));
        }

        return errs;
    }

    internal static List<FieldError> ValidateAppArmorProfile(AppArmorProfile? profile, FieldPath path)
    {
        var errs = new List<FieldError>();
        if (profile is null)
        {
            return errs;
        }

        switch (profile.Type ?? string.Empty)
        {
            case "Localhost":
                if (profile.LocalhostProfile is null)
                {
                    errs.Add(FieldError.Required(path.Child("localhostProfile"), "must be set when AppArmor type is Localhost"));
                }
                else if (profile.LocalhostProfile.Trim() != profile.LocalhostProfile)
                {
                    errs.Add(FieldError.Invalid(path.Child("localhostProfile"), profile.LocalhostProfile, "must not be padded with whitespace"));
                }
                else if (profile.LocalhostProfile.Length == 0)
                {
                    errs.Add(FieldError.Required(path.Child("localhostProfile"), "must be set when AppArmor type is Localhost"));
                }

                // PATH_MAX - 1, counted in UTF-8 bytes as Go's len does.
                if (profile.LocalhostProfile is { } name && System.Text.Encoding.UTF8.GetByteCount(name) > MaxLocalhostProfileLength)
                {
                    errs.Add(FieldError.TooLong(path.Child("localhostProfile"), MaxLocalhostProfileLength));
                }

                break;
            case "RuntimeDefault" or "Unconfined":
                if (profile.LocalhostProfile is not null)
                {
                    errs.Add(FieldError.Invalid(path.Child("localhostProfile"), profile.LocalhostProfile, "can only be set when AppArmor type is Localhost"));
                }

                break;
            case "":
                errs.Add(FieldError.Required(path.Child("type"), "type is required when appArmorProfile is set"));
                break;
            default:
                errs.Add(FieldError.NotSupported(path.Child("type"), profile.Type, "Localhost", "RuntimeDefault", "Unconfined"));
                break;
        }

        return errs;
    }

    // FieldError prints dictionaries as JSON with sorted keys; upstream marshals struct fields in declaration order.
    private static Dictionary<string, object?> JsonOf(SecurityContext sc)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (sc.Privileged is { } p)
        {
            map["privileged"] = p;
        }

        if (sc.RunAsUser is { } u)
        {
            map["runAsUser"] = u;
        }

        if (sc.RunAsGroup is { } g)
        {
            map["runAsGroup"] = g;
        }

        if (sc.RunAsNonRoot is { } nr)
        {
            map["runAsNonRoot"] = nr;
        }

        if (sc.ReadOnlyRootFilesystem is { } ro)
        {
            map["readOnlyRootFilesystem"] = ro;
        }

        if (sc.AllowPrivilegeEscalation is { } ape)
        {
            map["allowPrivilegeEscalation"] = ape;
        }

        if (sc.ProcMount is { } pm)
        {
            map["procMount"] = pm;
        }

        return map;
    }

    private static Dictionary<string, object?> JsonOf(SeccompProfile sp)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal) { ["type"] = sp.Type ?? string.Empty };
        if (sp.LocalhostProfile is not null)
        {
            map["localhostProfile"] = sp.LocalhostProfile;
        }

        return map;
    }

    [GeneratedRegex("^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[\\./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?\\z", RegexOptions.CultureInvariant)]
    private static partial Regex SysctlRegex();
}
