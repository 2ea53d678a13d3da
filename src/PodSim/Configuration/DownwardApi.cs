using System.Globalization;
using System.Text;
using PodSim.Model;
using PodSim.Validation;

namespace PodSim.Configuration;

/// <summary>
/// Downward API values: pod fields (<c>podFieldSelectorRuntimeValue</c>, <c>fieldpath.ExtractFieldPathAsString</c>)
/// and container resources (<c>resource.ExtractContainerResourceValue</c>).
/// </summary>
internal static class DownwardApi
{
    private static readonly string[] FieldLabels =
    [
        "metadata.annotations", "metadata.labels", "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName",
        "spec.restartPolicy", "spec.serviceAccountName", "spec.schedulerName", "status.phase", "status.hostIP",
        "status.hostIPs", "status.podIP", "status.podIPs",
    ];

    /// <summary>The value of a <c>fieldRef</c> in an env var, or an error message.</summary>
    public static Outcome EnvFieldValue(ObjectFieldSelector selector, Pod pod, IReadOnlyList<string> podIPs, IReadOnlyList<string> hostIPs)
    {
        var version = string.IsNullOrEmpty(selector.ApiVersion) ? "v1" : selector.ApiVersion;
        var label = selector.FieldPath ?? string.Empty;
        if (!string.Equals(version, "v1", StringComparison.Ordinal))
        {
            return Outcome.Fail("unsupported pod version: " + version);
        }

        string path;
        if (SplitSubscript(label, out var subscriptPath, out _))
        {
            if (subscriptPath is not ("metadata.annotations" or "metadata.labels"))
            {
                return Outcome.Fail("field label does not support subscript: " + label);
            }

            path = label;
        }
        else if (string.Equals(label, "spec.host", StringComparison.Ordinal))
        {
            // Old v1 clients send spec.host for the node name.
            path = "spec.nodeName";
        }
        else if (Array.IndexOf(FieldLabels, label) >= 0)
        {
            path = label;
        }
        else
        {
            return Outcome.Fail("field label not supported: " + label);
        }

        // The pod IPs follow the node's IP family preference, and the first one is the pod IP.
        var sorted = PodAddresses.SortPodIPs(podIPs, hostIPs);
        return path switch
        {
            "spec.nodeName" => Outcome.Ok(pod.Spec?.NodeName ?? string.Empty),
            "spec.serviceAccountName" => Outcome.Ok(pod.Spec?.ServiceAccountName ?? string.Empty),
            "status.hostIP" => Outcome.Ok(hostIPs.Count > 0 ? hostIPs[0] : string.Empty),
            "status.hostIPs" => Outcome.Ok(string.Join(',', hostIPs)),
            "status.podIP" => Outcome.Ok(sorted.Count > 0 ? sorted[0] : string.Empty),
            "status.podIPs" => Outcome.Ok(string.Join(',', sorted)),
            _ => ExtractFieldPath(pod, path),
        };
    }

    /// <summary>The metadata fields every Downward API consumer supports (<c>ExtractFieldPathAsString</c>).</summary>
    public static Outcome ExtractFieldPath(Pod pod, string fieldPath)
    {
        var meta = pod.Metadata;
        if (SplitSubscript(fieldPath, out var path, out var subscript))
        {
            switch (path)
            {
                case "metadata.annotations":
                    var annotationErrors = NameValidation.IsQualifiedName(subscript.ToLowerInvariant());
                    return annotationErrors.Count > 0
                        ? Outcome.Fail("invalid key subscript in " + fieldPath + ": " + string.Join(';', annotationErrors))
                        : Outcome.Ok(meta.Annotations.TryGetValue(subscript, out var annotation) ? annotation : string.Empty);
                case "metadata.labels":
                    var labelErrors = NameValidation.IsQualifiedName(subscript);
                    return labelErrors.Count > 0
                        ? Outcome.Fail("invalid key subscript in " + fieldPath + ": " + string.Join(';', labelErrors))
                        : Outcome.Ok(meta.Labels.TryGetValue(subscript, out var label) ? label : string.Empty);
                default:
                    return Outcome.Fail("fieldPath \"" + fieldPath + "\" does not support subscript");
            }
        }

        return fieldPath switch
        {
            "metadata.annotations" => Outcome.Ok(FormatMap(meta.Annotations)),
            "metadata.labels" => Outcome.Ok(FormatMap(meta.Labels)),
            "metadata.name" => Outcome.Ok(meta.Name ?? string.Empty),
            "metadata.namespace" => Outcome.Ok(meta.Namespace ?? string.Empty),
            "metadata.uid" => Outcome.Ok(meta.Uid ?? string.Empty),
            _ => Outcome.Fail("unsupported fieldPath: " + fieldPath),
        };
    }

    /// <summary>Upstream <c>FormatMap</c>: <c>key="value"</c> lines in ordinal key order, Go-quoted, no final newline.</summary>
    public static string FormatMap(IReadOnlyDictionary<string, string> map)
    {
        var keys = new List<string>(map.Keys);
        keys.Sort(StringComparer.Ordinal);
        var builder = new StringBuilder();
        foreach (var key in keys)
        {
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            builder.Append(key).Append('=').Append(GoQuote.Quote(map[key]));
        }

        return builder.ToString();
    }

    /// <summary>The value of a <c>resourceFieldRef</c> for a known container (<c>ExtractContainerResourceValue</c>).</summary>
    public static Outcome ContainerResourceValue(ResourceFieldSelector selector, Container container)
    {
        // A missing or zero divisor means 1.
        var divisor = selector.Divisor is { IsZero: false } d ? d : Quantity.FromValue(1);
        var resource = selector.Resource ?? string.Empty;
        var limits = container.Resources?.Limits ?? EmptyMap.Quantities;
        var requests = container.Resources?.Requests ?? EmptyMap.Quantities;
        switch (resource)
        {
            case "limits.cpu":
                return Outcome.Ok(Cpu(Get(limits, ResourceNames.Cpu), divisor));
            case "limits.memory":
                return Outcome.Ok(Bytes(Get(limits, ResourceNames.Memory), divisor));
            case "limits.ephemeral-storage":
                return Outcome.Ok(Bytes(Get(limits, ResourceNames.EphemeralStorage), divisor));
            case "requests.cpu":
                return Outcome.Ok(Cpu(Get(requests, ResourceNames.Cpu), divisor));
            case "requests.memory":
                return Outcome.Ok(Bytes(Get(requests, ResourceNames.Memory), divisor));
            case "requests.ephemeral-storage":
                return Outcome.Ok(Bytes(Get(requests, ResourceNames.EphemeralStorage), divisor));
        }

        if (resource.StartsWith("requests.hugepages-", StringComparison.Ordinal))
        {
            return Outcome.Ok(Bytes(Get(requests, resource["requests.".Length..]), divisor));
        }

        if (resource.StartsWith("limits.hugepages-", StringComparison.Ordinal))
        {
            return Outcome.Ok(Bytes(Get(limits, resource["limits.".Length..]), divisor));
        }

        return Outcome.Fail("unsupported container resource : " + resource);
    }

    /// <summary>
    /// Upstream <c>MergeContainerResourceLimits</c>: a cpu, memory or ephemeral-storage limit that is missing or
    /// zero takes the node's allocatable amount.
    /// </summary>
    public static Container WithNodeLimits(Container container, IReadOnlyDictionary<string, Quantity> allocatable)
    {
        if (allocatable.Count == 0)
        {
            return container;
        }

        var resources = container.Resources ?? new ResourceRequirements();
        Dictionary<string, Quantity>? merged = null;
        foreach (var name in (string[])[ResourceNames.Cpu, ResourceNames.Memory, ResourceNames.EphemeralStorage])
        {
            var has = resources.Limits.TryGetValue(name, out var limit) && !limit.IsZero;
            if (!has && allocatable.TryGetValue(name, out var amount))
            {
                merged ??= new Dictionary<string, Quantity>(resources.Limits, StringComparer.Ordinal);
                merged[name] = amount;
            }
        }

        return merged is null ? container : container with { Resources = resources with { Limits = merged } };
    }

    /// <summary>Upstream <c>findContainerInPod</c>: app containers first, then init containers.</summary>
    public static Container? FindContainer(PodSpec? spec, string name)
    {
        if (spec is null)
        {
            return null;
        }

        foreach (var container in spec.Containers)
        {
            if (string.Equals(container.Name, name, StringComparison.Ordinal))
            {
                return container;
            }
        }

        foreach (var container in spec.InitContainers)
        {
            if (string.Equals(container.Name, name, StringComparison.Ordinal))
            {
                return container;
            }
        }

        return null;
    }

    /// <summary>Splits <c>path['key']</c> into its path and key (<c>SplitMaybeSubscriptedPath</c>).</summary>
    public static bool SplitSubscript(string fieldPath, out string path, out string subscript)
    {
        path = fieldPath;
        subscript = string.Empty;
        if (!fieldPath.EndsWith("']", StringComparison.Ordinal))
        {
            return false;
        }

        var trimmed = fieldPath[..^2];
        var open = trimmed.IndexOf("['", StringComparison.Ordinal);
        if (open <= 0)
        {
            return false;
        }

        path = trimmed[..open];
        subscript = trimmed[(open + 2)..];
        return true;
    }

    private static Quantity Get(IReadOnlyDictionary<string, Quantity> list, string name) =>
        list.TryGetValue(name, out var quantity) ? quantity : Quantity.Zero;

    // convertResourceCPUToString: ceil(milli / divisor milli), computed in float64 as upstream does.
    private static string Cpu(Quantity amount, Quantity divisor) =>
        GoCeilDivide(amount.MilliValue(), divisor.MilliValue()).ToString(CultureInfo.InvariantCulture);

    // convertResourceMemoryToString and friends: ceil(value / divisor value) in float64.
    private static string Bytes(Quantity amount, Quantity divisor) =>
        GoCeilDivide(amount.Value(), divisor.Value()).ToString(CultureInfo.InvariantCulture);

    private static long GoCeilDivide(long numerator, long denominator)
    {
        var ratio = Math.Ceiling((double)numerator / denominator);

        // Go on amd64 turns NaN and out-of-range floats into the minimum int64 (only reachable with a
        // divisor that validation rejects, such as a zero milli value).
        return double.IsNaN(ratio) || ratio >= 9.2233720368547758E18 || ratio < -9.2233720368547758E18
            ? long.MinValue
            : (long)ratio;
    }

    /// <summary>A value or an upstream error message.</summary>
    internal readonly record struct Outcome(string? Value, string? Error)
    {
        public static Outcome Ok(string value) => new(value, null);

        public static Outcome Fail(string error) => new(null, error);
    }
}
