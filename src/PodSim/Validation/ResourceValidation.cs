using System.Collections.Frozen;
using PodSim.Model;

namespace PodSim.Validation;

/// <summary>Container resource checks (<c>ValidateContainerResourceRequirements</c> and helpers from <c>core/helper</c>).</summary>
internal static class ResourceValidation
{
    private const string HugePagesPrefix = "hugepages-";

    private static readonly FrozenSet<string> StandardContainerResources = FrozenSet.Create(
        StringComparer.Ordinal,
        [
            ResourceNames.Cpu, ResourceNames.Memory, ResourceNames.EphemeralStorage
        ]);

    private static readonly FrozenSet<string> StandardResources = FrozenSet.Create(
        StringComparer.Ordinal,
        [
            "cpu", "memory", "ephemeral-storage", "requests.cpu", "requests.memory", "requests.ephemeral-storage",
            "limits.cpu", "limits.memory", "limits.ephemeral-storage", "pods", "services", "replicationcontrollers",
            "resourcequotas", "secrets", "configmaps", "persistentvolumeclaims", "storage", "requests.storage",
            "services.nodeports", "services.loadbalancers"
        ]);

    public static List<FieldError> ValidateContainerResources(ResourceRequirements? requirements, FieldPath path)
    {
        var errs = new List<FieldError>();
        if (requirements is null)
        {
            return errs;
        }

        var limPath = path.Child("limits");
        var reqPath = path.Child("requests");
        bool limCpuMem = false, reqCpuMem = false, limHuge = false, reqHuge = false;
        foreach (var name in LabelValidation.SortedKeys(requirements.Limits))
        {
            var q = requirements.Limits[name];
            var fld = limPath.Key(name);
            errs.AddRange(ValidateContainerResourceName(name, fld));
            errs.AddRange(ValidateResourceQuantityValue(name, q, fld));
            if (IsHugePageResourceName(name))
            {
                limHuge = true;
                if (!IsHugePageValueDivisible(name, q))
                {
                    errs.Add(FieldError.Invalid(fld, q.ToString(), q + " is not positive integer multiple of " + name));
                }
            }

            limCpuMem |= name is ResourceNames.Cpu or ResourceNames.Memory;
        }

        foreach (var name in LabelValidation.SortedKeys(requirements.Requests))
        {
            var q = requirements.Requests[name];
            var fld = reqPath.Key(name);
            errs.AddRange(ValidateContainerResourceName(name, fld));
            errs.AddRange(ValidateResourceQuantityValue(name, q, fld));
            if (requirements.Limits.TryGetValue(name, out var limit))
            {
                if (q != limit && !IsOvercommitAllowed(name))
                {
                    errs.Add(FieldError.Invalid(reqPath, q.ToString(), "must be equal to " + name + " limit of " + limit));
                }
                else if (q > limit)
                {
                    errs.Add(FieldError.Invalid(reqPath, q.ToString(), "must be less than or equal to " + name + " limit of " + limit));
                }
            }
            else if (!IsOvercommitAllowed(name))
            {
                errs.Add(FieldError.Required(limPath, "Limit must be set for non overcommitable resources"));
            }

            if (IsHugePageResourceName(name))
            {
                reqHuge = true;
                if (!IsHugePageValueDivisible(name, q))
                {
                    errs.Add(FieldError.Invalid(fld, q.ToString(), q + " is not positive integer multiple of " + name));
                }
            }

            reqCpuMem |= name is ResourceNames.Cpu or ResourceNames.Memory;
        }

        if (!limCpuMem && !reqCpuMem && (reqHuge || limHuge))
        {
            errs.Add(FieldError.Forbidden(path, "HugePages require cpu or memory"));
        }

        return errs;
    }

    public static List<FieldError> ValidateResourceQuantityValue(string name, Quantity value, FieldPath path)
    {
        var errs = new List<FieldError>();
        if (value.Sign < 0)
        {
            errs.Add(FieldError.Invalid(path, value.ToString(), "must be greater than or equal to 0"));
        }

        if (IsExtendedResourceName(name) && value.TryScaledValue(-3, out var milli) && milli % 1000 != 0)
        {
            errs.Add(FieldError.Invalid(path, value, "must be an integer"));
        }

        return errs;
    }

    public static List<FieldError> ValidateContainerResourceName(string name, FieldPath path)
    {
        var errs = new List<FieldError>();
        foreach (var msg in NameValidation.IsQualifiedName(name))
        {
            errs.Add(FieldError.Invalid(path, name, msg));
        }

        if (errs.Count == 0 && !name.Contains('/', StringComparison.Ordinal) && !IsStandardResourceName(name))
        {
            errs.Add(FieldError.Invalid(path, name, "must be a standard resource type or fully qualified"));
        }

        if (!name.Contains('/', StringComparison.Ordinal))
        {
            if (!StandardContainerResources.Contains(name) && !IsHugePageResourceName(name))
            {
                errs.Add(FieldError.Invalid(path, name, "must be a standard resource for containers"));
            }
        }
        else if (!IsNativeResource(name) && !IsExtendedResourceName(name))
        {
            errs.Add(FieldError.Invalid(path, name, "doesn't follow extended resource name standard"));
        }

        return errs;
    }

    public static bool IsHugePageResourceName(string name) => name.StartsWith(HugePagesPrefix, StringComparison.Ordinal);

    public static bool IsNativeResource(string name) =>
        !name.Contains('/', StringComparison.Ordinal) || name.Contains("kubernetes.io/", StringComparison.Ordinal);

    public static bool IsExtendedResourceName(string name)
    {
        if (IsNativeResource(name) || name.StartsWith("requests.", StringComparison.Ordinal))
        {
            return false;
        }

        return NameValidation.IsQualifiedName("requests." + name).Count == 0;
    }

    public static bool IsOvercommitAllowed(string name) => IsNativeResource(name) && !IsHugePageResourceName(name);

    private static bool IsStandardResourceName(string name) => StandardResources.Contains(name) || IsHugePageResourceName(name);

    private static bool IsHugePageValueDivisible(string name, Quantity q)
    {
        if (!Quantity.TryParse(name[HugePagesPrefix.Length..], out var pageSize) || pageSize.Sign <= 0 ||
            !pageSize.TryScaledValue(-3, out var pageMilli) || pageMilli % 1000 != 0)
        {
            return false;
        }

        return q.TryScaledValue(0, out var v) && v % pageSize.Value() == 0;
    }
}
