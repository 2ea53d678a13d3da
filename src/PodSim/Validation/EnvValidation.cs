using System.Collections.Frozen;
using PodSim.Model;

namespace PodSim.Validation;

/// <summary>Environment checks (<c>ValidateEnv</c>, <c>validateEnvVarValueFrom</c>, <c>ValidateEnvFrom</c>).</summary>
internal static class EnvValidation
{
    private static readonly string[] ResourceFieldPaths =
    [
        "limits.cpu", "limits.ephemeral-storage", "limits.memory", "requests.cpu", "requests.ephemeral-storage", "requests.memory",
    ];

    private static readonly FrozenSet<string> CpuDivisors = FrozenSet.Create(
        StringComparer.Ordinal,
        [
            "1m", "1"
        ]);

    private static readonly FrozenSet<string> ByteDivisors = FrozenSet.Create(
        StringComparer.Ordinal,
        [
            "1", "1k", "1M", "1G", "1T", "1P", "1E", "1Ki", "1Mi", "1Gi", "1Ti", "1Pi", "1Ei"
        ]);

    public static List<FieldError> ValidateEnv(IReadOnlyList<EnvVar> vars, FieldPath path)
    {
        var errs = new List<FieldError>();
        for (var i = 0; i < vars.Count; i++)
        {
            var ev = vars[i];
            var idx = path.Index(i);
            var name = ev.Name ?? string.Empty;
            if (name.Length == 0)
            {
                errs.Add(FieldError.Required(idx.Child("name")));
            }
            else
            {
                VolumeValidation.AddInvalid(errs, idx.Child("name"), name, NameValidation.IsEnvVarName(name));
            }

            errs.AddRange(ValidateValueFrom(ev, idx.Child("valueFrom")));
        }

        return errs;
    }

    public static List<FieldError> ValidateEnvFrom(IReadOnlyList<EnvFromSource> sources, FieldPath path)
    {
        var errs = new List<FieldError>();
        for (var i = 0; i < sources.Count; i++)
        {
            var ev = sources[i];
            var idx = path.Index(i);
            if (!string.IsNullOrEmpty(ev.Prefix))
            {
                VolumeValidation.AddInvalid(errs, idx.Child("prefix"), ev.Prefix, NameValidation.IsEnvVarName(ev.Prefix));
            }

            var n = 0;
            if (ev.ConfigMapRef is { } cm)
            {
                n++;
                CheckRefName(errs, cm.Name, idx.Child("configMapRef", "name"));
            }

            if (ev.SecretRef is { } secret)
            {
                n++;
                CheckRefName(errs, secret.Name, idx.Child("secretRef", "name"));
            }

            if (n == 0)
            {
                errs.Add(FieldError.Invalid(path, string.Empty, "must specify one of: `configMapRef` or `secretRef`"));
            }
            else if (n > 1)
            {
                errs.Add(FieldError.Invalid(path, string.Empty, "may not have more than one field specified at a time"));
            }
        }

        return errs;
    }

    public static List<FieldError> ValidateResourceFieldSelector(ResourceFieldSelector fs, bool forVolume, FieldPath path)
    {
        var errs = new List<FieldError>();
        var resource = fs.Resource ?? string.Empty;
        if (forVolume && string.IsNullOrEmpty(fs.ContainerName))
        {
            errs.Add(FieldError.Required(path.Child("containerName")));
        }
        else if (resource.Length == 0)
        {
            errs.Add(FieldError.Required(path.Child("resource")));
        }
        else if (Array.IndexOf(ResourceFieldPaths, resource) < 0 &&
            !resource.StartsWith("limits.hugepages-", StringComparison.Ordinal) && !resource.StartsWith("requests.hugepages-", StringComparison.Ordinal))
        {
            errs.Add(FieldError.NotSupported(path.Child("resource"), resource, ResourceFieldPaths));
        }

        if (fs.Divisor is { IsZero: false } divisor)
        {
            var d = divisor.ToString();
            var divPath = path.Child("divisor");
            switch (resource)
            {
                case "limits.cpu" or "requests.cpu" when !CpuDivisors.Contains(d):
                    errs.Add(FieldError.Invalid(divPath, resource, "only divisor's values 1m and 1 are supported with the cpu resource"));
                    break;
                case "limits.memory" or "requests.memory" when !ByteDivisors.Contains(d):
                    errs.Add(FieldError.Invalid(divPath, resource, "only divisor's values 1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei are supported with the memory resource"));
                    break;
                case "limits.ephemeral-storage" or "requests.ephemeral-storage" when !ByteDivisors.Contains(d):
                    errs.Add(FieldError.Invalid(divPath, resource, "only divisor's values 1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei are supported with the local ephemeral storage resource"));
                    break;
            }

            if ((resource.StartsWith("requests.hugepages-", StringComparison.Ordinal) || resource.StartsWith("limits.hugepages-", StringComparison.Ordinal)) && !ByteDivisors.Contains(d))
            {
                errs.Add(FieldError.Invalid(divPath, resource, "only divisor's values 1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei are supported with the hugepages resource"));
            }
        }

        return errs;
    }

    private static void CheckRefName(List<FieldError> errs, string? name, FieldPath path)
    {
        if (string.IsNullOrEmpty(name))
        {
            errs.Add(FieldError.Required(path));
        }
        else
        {
            VolumeValidation.AddInvalid(errs, path, name, NameValidation.NameIsDnsSubdomain(name, true));
        }
    }

    private static List<FieldError> ValidateValueFrom(EnvVar ev, FieldPath path)
    {
        var errs = new List<FieldError>();
        if (ev.ValueFrom is not { } from)
        {
            return errs;
        }

        var n = 0;
        if (from.FieldRef is not null)
        {
            n++;
            errs.AddRange(VolumeValidation.ValidateObjectFieldSelector(from.FieldRef, false, path.Child("fieldRef")));
        }

        if (from.ResourceFieldRef is not null)
        {
            n++;
            errs.AddRange(ValidateResourceFieldSelector(from.ResourceFieldRef, false, path.Child("resourceFieldRef")));
        }

        if (from.ConfigMapKeyRef is { } cm)
        {
            n++;
            errs.AddRange(ValidateKeySelector(cm.Name, cm.Key, path.Child("configMapKeyRef")));
        }

        if (from.SecretKeyRef is { } secret)
        {
            n++;
            errs.AddRange(ValidateKeySelector(secret.Name, secret.Key, path.Child("secretKeyRef")));
        }

        if (n == 0)
        {
            errs.Add(FieldError.Invalid(path, string.Empty, "must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`"));
        }
        else if (!string.IsNullOrEmpty(ev.Value))
        {
            errs.Add(FieldError.Invalid(path, string.Empty, "may not be specified when `value` is not empty"));
        }
        else if (n > 1)
        {
            errs.Add(FieldError.Invalid(path, string.Empty, "may not have more than one field specified at a time"));
        }

        return errs;
    }

    private static List<FieldError> ValidateKeySelector(string? name, string? key, FieldPath path)
    {
        var errs = new List<FieldError>();
        VolumeValidation.AddInvalid(errs, path.Child("name"), name ?? string.Empty, NameValidation.NameIsDnsSubdomain(name ?? string.Empty, false));
        if (string.IsNullOrEmpty(key))
        {
            errs.Add(FieldError.Required(path.Child("key")));
        }
        else
        {
            VolumeValidation.AddInvalid(errs, path.Child("key"), key, NameValidation.IsConfigMapKey(key));
        }

        return errs;
    }
}
