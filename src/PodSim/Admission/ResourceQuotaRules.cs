using System.Collections.Frozen;
using PodSim.Model;
using PodSim.Qos;

namespace PodSim.Admission;

/// <summary>
/// ResourceQuota for pods: the pod usage evaluator (<c>pkg/quota/v1/evaluator/core/pods.go</c>), the quota
/// controller's <c>status.used</c>, and the ResourceQuota admission check
/// (<c>apiserver/pkg/admission/plugin/resourcequota</c>).
/// </summary>
/// <remarks>
/// A pod is charged <c>count/pods</c> 1 while it exists; while it is not Succeeded or Failed (and not past its
/// deletion grace period) it is also charged <c>pods</c> 1, <c>requests.cpu</c>/<c>cpu</c>,
/// <c>requests.memory</c>/<c>memory</c>, <c>limits.cpu</c>, <c>limits.memory</c>, the same for
/// <c>ephemeral-storage</c>, hugepages and <c>requests.</c> extended resources, from its effective requests and
/// limits (sidecars, init containers, pod-level resources and RuntimeClass overhead included).
/// </remarks>
internal static class ResourceQuotaRules
{
    /// <summary>The quota name counting every stored pod.</summary>
    public const string CountPods = "count/pods";

    private const string RequestsPrefix = "requests.";
    private const string LimitsPrefix = "limits.";
    private const string HugePagesPrefix = "hugepages-";

    // podResources: the names the pod evaluator tracks besides the hugepages and extended-resource families.
    private static readonly FrozenSet<string> PodResources = FrozenSet.Create(
        StringComparer.Ordinal,
        [
            CountPods, ResourceNames.Cpu, ResourceNames.Memory, ResourceNames.EphemeralStorage, "requests.cpu",
            "requests.memory", "requests.ephemeral-storage", "limits.cpu", "limits.memory", "limits.ephemeral-storage",
            ResourceNames.Pods
        ]);

    // Quota on these makes every container name them; upstream keeps this legacy rule to cpu and memory only.
    private static readonly FrozenSet<string> MustSpecify = FrozenSet.Create(
        StringComparer.Ordinal,
        [
            ResourceNames.Cpu, ResourceNames.Memory, "requests.cpu", "requests.memory", "limits.cpu", "limits.memory"
        ]);

    /// <summary>Computes what one pod is charged.</summary>
    /// <param name="pod">The (defaulted, admitted) pod.</param>
    /// <param name="now">The current time, to stop charging a pod stuck past its deletion grace period; null never stops.</param>
    /// <returns>The usage per quota resource name, sorted by name.</returns>
    public static IReadOnlyDictionary<string, Quantity> PodUsage(Pod pod, DateTimeOffset? now = null)
    {
        ArgumentNullException.ThrowIfNull(pod);
        var usage = new SortedDictionary<string, Quantity>(StringComparer.Ordinal) { [CountPods] = Quantity.FromValue(1) };
        if (!IsCharged(pod, now))
        {
            return usage;
        }

        var spec = pod.Spec ?? new PodSpec();
        foreach (var (name, value) in ComputeUsage(PodLevelResources.Requests(spec, includeOverhead: true), PodLevelResources.Limits(spec, includeOverhead: true)))
        {
            usage[name] = value;
        }

        return usage;
    }

    /// <summary>
    /// Whether a quota's scopes (<c>spec.scopes</c> and <c>spec.scopeSelector</c>) select a pod: Terminating
    /// (<c>activeDeadlineSeconds</c> set), NotTerminating, BestEffort, NotBestEffort, PriorityClass (In, NotIn,
    /// Exists, DoesNotExist on <c>priorityClassName</c>) and CrossNamespacePodAffinity. No scopes select every pod.
    /// </summary>
    /// <param name="quota">The quota.</param>
    /// <param name="pod">The pod.</param>
    /// <returns>True when every scope matches.</returns>
    public static bool MatchesScopes(ResourceQuota quota, Pod pod)
    {
        ArgumentNullException.ThrowIfNull(quota);
        ArgumentNullException.ThrowIfNull(pod);
        foreach (var selector in ScopeSelectors(quota))
        {
            if (!MatchesScope(selector, pod))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Computes a quota's status as the quota controller does: <c>hard</c> is <c>spec.hard</c>; <c>used</c> sums
    /// <see cref="PodUsage"/> over the pods of the quota's namespace that its scopes select, for every hard resource
    /// the pod evaluator tracks (zero when nothing uses it); other hard resources keep their previous used value.
    /// </summary>
    /// <param name="quota">The quota.</param>
    /// <param name="pods">The pods; those of other namespaces are ignored.</param>
    /// <param name="now">The current time (see <see cref="PodUsage"/>).</param>
    /// <returns>The status, maps sorted by resource name.</returns>
    public static ResourceQuotaStatus ComputeStatus(ResourceQuota quota, IReadOnlyList<Pod> pods, DateTimeOffset? now = null)
    {
        ArgumentNullException.ThrowIfNull(quota);
        ArgumentNullException.ThrowIfNull(pods);
        var hard = AdmissionObjects.Copy(quota.Spec?.Hard ?? EmptyMap.Quantities);
        var tracked = Tracked(hard);
        var ns = AdmissionObjects.NamespaceOf(quota);
        var sum = new SortedDictionary<string, Quantity>(StringComparer.Ordinal);
        foreach (var name in tracked)
        {
            sum[name] = Quantity.Zero;
        }

        if (tracked.Count > 0)
        {
            foreach (var pod in pods)
            {
                if (pod is not null && AdmissionObjects.NamespaceOf(pod) == ns && MatchesScopes(quota, pod))
                {
                    AddTo(sum, PodUsage(pod, now));
                }
            }
        }

        var used = new SortedDictionary<string, Quantity>(StringComparer.Ordinal);
        foreach (var (name, value) in quota.Status?.Used ?? EmptyMap.Quantities)
        {
            if (hard.ContainsKey(name))
            {
                used[name] = value;
            }
        }

        foreach (var name in tracked)
        {
            used[name] = sum[name];
        }

        return new ResourceQuotaStatus { Hard = hard, Used = used };
    }

    /// <summary>
    /// The ResourceQuota admission check of a pod being created against the namespace's quotas (sorted by name), each
    /// with its status computed from <paramref name="pods"/>.
    /// </summary>
    /// <param name="pod">The pod being created (mutated and validated).</param>
    /// <param name="quotas">The quotas of the pod's namespace.</param>
    /// <param name="pods">The existing pods of the namespace; one with the new pod's name is not counted.</param>
    /// <param name="now">The current time.</param>
    /// <returns>The refusal without the <c>pods "x" is forbidden: </c> prefix, or null when admitted.</returns>
    internal static string? Validate(Pod pod, IReadOnlyList<ResourceQuota> quotas, IReadOnlyList<Pod> pods, DateTimeOffset? now)
    {
        var others = new List<Pod>(pods.Count);
        foreach (var existing in pods)
        {
            if (existing is not null && !(existing.Metadata.Name == pod.Metadata.Name && !string.IsNullOrEmpty(existing.Metadata.Name)))
            {
                others.Add(existing);
            }
        }

        var interesting = new List<(ResourceQuota Quota, ResourceQuotaStatus Status)>();
        foreach (var quota in quotas)
        {
            var status = ComputeStatus(quota, others, now);
            var restricted = Tracked(status.Hard);
            if (restricted.Count == 0 || !MatchesScopes(quota, pod))
            {
                continue;
            }

            if (Constraints(restricted, pod) is { } missing)
            {
                return "failed quota: " + quota.Metadata.Name + ": " + missing;
            }

            interesting.Add((quota, status));
        }

        var delta = PodUsage(pod, now);
        var negative = new List<string>();
        foreach (var (name, value) in delta)
        {
            if (value.Sign < 0)
            {
                negative.Add(name);
            }
        }

        if (negative.Count > 0)
        {
            return "quota usage is negative for resource(s): " + string.Join(",", negative);
        }

        foreach (var (quota, status) in interesting)
        {
            var requested = new SortedDictionary<string, Quantity>(StringComparer.Ordinal);
            foreach (var (name, value) in delta)
            {
                if (status.Hard.ContainsKey(name))
                {
                    requested[name] = value;
                }
            }

            var exceeded = new List<string>();
            foreach (var (name, value) in requested)
            {
                var total = status.Used.TryGetValue(name, out var used) ? used + value : value;
                if (total > status.Hard[name])
                {
                    exceeded.Add(name);
                }
            }

            if (exceeded.Count > 0)
            {
                return "exceeded quota: " + quota.Metadata.Name
                    + ", requested: " + PrettyPrint(requested, exceeded)
                    + ", used: " + PrettyPrint(status.Used, exceeded)
                    + ", limited: " + PrettyPrint(status.Hard, exceeded);
            }
        }

        return null;
    }

    // podComputeUsageHelper: quota names from the pod's effective requests and limits.
    private static SortedDictionary<string, Quantity> ComputeUsage(IReadOnlyDictionary<string, Quantity> requests, IReadOnlyDictionary<string, Quantity> limits)
    {
        var usage = new SortedDictionary<string, Quantity>(StringComparer.Ordinal) { [ResourceNames.Pods] = Quantity.FromValue(1) };
        foreach (var name in new[] { ResourceNames.Cpu, ResourceNames.Memory, ResourceNames.EphemeralStorage })
        {
            if (requests.TryGetValue(name, out var request))
            {
                usage[name] = request;
                usage[RequestsPrefix + name] = request;
            }

            if (limits.TryGetValue(name, out var limit))
            {
                usage[LimitsPrefix + name] = limit;
            }
        }

        foreach (var (name, request) in requests)
        {
            if (name.StartsWith(HugePagesPrefix, StringComparison.Ordinal))
            {
                usage[name] = request;
                usage[RequestsPrefix + name] = request;
            }
            else if (!IsNativeResource(name) && !name.StartsWith(RequestsPrefix, StringComparison.Ordinal))
            {
                // Extended resources are quota'd only as requests.<name>.
                usage[RequestsPrefix + name] = request;
            }
        }

        return usage;
    }

    // MatchingResources: the hard names the pod evaluator tracks, sorted.
    private static List<string> Tracked(IReadOnlyDictionary<string, Quantity> hard)
    {
        var result = new List<string>();
        foreach (var name in AdmissionObjects.SortedKeys(hard))
        {
            if (PodResources.Contains(name)
                || name.StartsWith(HugePagesPrefix, StringComparison.Ordinal)
                || name.StartsWith(RequestsPrefix + HugePagesPrefix, StringComparison.Ordinal)
                || (!IsNativeResource(name) && name.StartsWith(RequestsPrefix, StringComparison.Ordinal)))
            {
                result.Add(name);
            }
        }

        return result;
    }

    // The legacy rule: a quota on cpu or memory requires every container to state it.
    private static string? Constraints(List<string> restricted, Pod pod)
    {
        var spec = pod.Spec ?? new PodSpec();
        if (PodLevelResources.IsSet(spec))
        {
            return null;
        }

        var required = new List<string>();
        foreach (var name in restricted)
        {
            if (MustSpecify.Contains(name))
            {
                required.Add(name);
            }
        }

        var missing = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var container in spec.Containers)
        {
            AddMissing(missing, required, container);
        }

        foreach (var container in spec.InitContainers)
        {
            AddMissing(missing, required, container);
        }

        if (missing.Count == 0)
        {
            return null;
        }

        var parts = new List<string>(missing.Count);
        foreach (var (resource, containers) in missing)
        {
            parts.Add(resource + " for: " + string.Join(",", containers));
        }

        return "must specify " + string.Join("; ", parts);
    }

    private static void AddMissing(SortedDictionary<string, SortedSet<string>> missing, List<string> required, Container container)
    {
        var stated = ComputeUsage(container.Resources?.Requests ?? EmptyMap.Quantities, container.Resources?.Limits ?? EmptyMap.Quantities);
        foreach (var name in required)
        {
            if (!stated.ContainsKey(name))
            {
                if (!missing.TryGetValue(name, out var names))
                {
                    names = new SortedSet<string>(StringComparer.Ordinal);
                    missing[name] = names;
                }

                names.Add(container.Name ?? string.Empty);
            }
        }
    }

    // QuotaV1Pod: terminal pods and pods past their deletion grace period are not charged.
    private static bool IsCharged(Pod pod, DateTimeOffset? now)
    {
        var phase = pod.Status?.Phase;
        if (phase is PodPhases.Succeeded or PodPhases.Failed)
        {
            return false;
        }

        var meta = pod.Metadata;
        if (now is { } time && meta.DeletionTimestamp is { } deletion && meta.DeletionGracePeriodSeconds is { } grace)
        {
            return time <= deletion.AddSeconds(grace);
        }

        return true;
    }

    private static List<ScopedResourceSelectorRequirement> ScopeSelectors(ResourceQuota quota)
    {
        var selectors = new List<ScopedResourceSelectorRequirement>();
        foreach (var scope in quota.Spec?.Scopes ?? [])
        {
            selectors.Add(new ScopedResourceSelectorRequirement { ScopeName = scope, Operator = "Exists" });
        }

        selectors.AddRange(quota.Spec?.ScopeSelector?.MatchExpressions ?? []);
        return selectors;
    }

    private static bool MatchesScope(ScopedResourceSelectorRequirement selector, Pod pod)
    {
        var spec = pod.Spec ?? new PodSpec();
        return selector.ScopeName switch
        {
            "Terminating" => IsTerminating(spec),
            "NotTerminating" => !IsTerminating(spec),
            "BestEffort" => IsBestEffort(pod),
            "NotBestEffort" => !IsBestEffort(pod),
            "PriorityClass" => MatchesPriorityClass(selector, spec.PriorityClassName),
            "CrossNamespacePodAffinity" => UsesCrossNamespaceAffinity(spec.Affinity),
            _ => false,
        };
    }

    private static bool IsTerminating(PodSpec spec) => spec.ActiveDeadlineSeconds is >= 0;

    // GetPodQOS: the recorded class when there is one.
    private static bool IsBestEffort(Pod pod) =>
        (string.IsNullOrEmpty(pod.Status?.QosClass) ? QosRules.ComputeDefaultedPodQos(pod.Spec ?? new PodSpec()) : pod.Status.QosClass) == QosClasses.BestEffort;

    // The class name is matched as the value of a "PriorityClass" label, absent when the pod names none.
    private static bool MatchesPriorityClass(ScopedResourceSelectorRequirement selector, string? className)
    {
        var present = !string.IsNullOrEmpty(className);
        return selector.Operator switch
        {
            "In" => present && selector.Values.Contains(className!),
            "NotIn" => !present || !selector.Values.Contains(className!),
            "Exists" => present,
            "DoesNotExist" => !present,
            _ => false,
        };
    }

    private static bool UsesCrossNamespaceAffinity(Affinity? affinity)
    {
        if (affinity is null)
        {
            return false;
        }

        return CrossNamespace(affinity.PodAffinity?.RequiredDuringSchedulingIgnoredDuringExecution, affinity.PodAffinity?.PreferredDuringSchedulingIgnoredDuringExecution)
            || CrossNamespace(affinity.PodAntiAffinity?.RequiredDuringSchedulingIgnoredDuringExecution, affinity.PodAntiAffinity?.PreferredDuringSchedulingIgnoredDuringExecution);
    }

    private static bool CrossNamespace(IReadOnlyList<PodAffinityTerm>? required, IReadOnlyList<WeightedPodAffinityTerm>? preferred)
    {
        foreach (var term in required ?? [])
        {
            if (term.Namespaces.Count != 0 || term.NamespaceSelector is not null)
            {
                return true;
            }
        }

        foreach (var weighted in preferred ?? [])
        {
            if (weighted.PodAffinityTerm is { } term && (term.Namespaces.Count != 0 || term.NamespaceSelector is not null))
            {
                return true;
            }
        }

        return false;
    }

    // Native: no domain, or a kubernetes.io domain.
    private static bool IsNativeResource(string name) =>
        !name.Contains('/', StringComparison.Ordinal) || name.Contains("kubernetes.io/", StringComparison.Ordinal);

    // quota.Add: a zero sum takes the notation of what is added to it.
    private static void AddTo(SortedDictionary<string, Quantity> sum, IReadOnlyDictionary<string, Quantity> usage)
    {
        foreach (var (name, value) in usage)
        {
            if (sum.TryGetValue(name, out var current))
            {
                sum[name] = current + value;
            }
        }
    }

    // prettyPrint of the masked list: name=value, sorted, comma-separated without spaces.
    private static string PrettyPrint(IReadOnlyDictionary<string, Quantity> list, List<string> names)
    {
        var parts = new List<string>(names.Count);
        foreach (var name in names)
        {
            if (list.TryGetValue(name, out var value))
            {
                parts.Add(name + "=" + value);
            }
        }

        return string.Join(",", parts);
    }
}
