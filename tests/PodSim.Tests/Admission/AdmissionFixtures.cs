using PodSim.Model;

namespace PodSim.Tests.Admission;

/// <summary>Small builders for admission tests. Resource lists are written "cpu=100m,memory=64Mi"; "" is none.</summary>
internal static class AdmissionFixtures
{
    public static Dictionary<string, Quantity> List(string text)
    {
        var map = new Dictionary<string, Quantity>(StringComparer.Ordinal);
        foreach (var item in text.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = item.Split('=');
            map[kv[0]] = Quantity.Parse(kv[1]);
        }

        return map;
    }

    public static Container Container(string name, string requests = "", string limits = "") => new()
    {
        Name = name,
        Image = "nginx:1.27",
        Resources = requests.Length == 0 && limits.Length == 0 ? null : new ResourceRequirements { Requests = List(requests), Limits = List(limits) },
    };

    public static Container Sidecar(string name, string requests = "", string limits = "") =>
        Container(name, requests, limits) with { RestartPolicy = "Always" };

    public static Pod Pod(string name, params Container[] containers) => new()
    {
        ApiVersion = "v1",
        Kind = "Pod",
        Metadata = new ObjectMeta { Name = name, Namespace = "default" },
        Spec = new PodSpec { Containers = containers },
    };

    public static Pod WithInit(this Pod pod, params Container[] initContainers) =>
        pod with { Spec = pod.Spec! with { InitContainers = initContainers } };

    public static Pod WithPhase(this Pod pod, string phase) =>
        pod with { Status = new PodStatus { Phase = phase } };

    public static Pod WithSpec(this Pod pod, Func<PodSpec, PodSpec> change) =>
        pod with { Spec = change(pod.Spec!) };

    public static LimitRange LimitRange(string name, params LimitRangeItem[] items) => new()
    {
        ApiVersion = "v1",
        Kind = "LimitRange",
        Metadata = new ObjectMeta { Name = name, Namespace = "default" },
        Spec = new LimitRangeSpec { Limits = items },
    };

    public static LimitRangeItem Item(string type, string min = "", string max = "", string defaults = "", string defaultRequest = "", string ratio = "") => new()
    {
        Type = type,
        Min = List(min),
        Max = List(max),
        Default = List(defaults),
        DefaultRequest = List(defaultRequest),
        MaxLimitRequestRatio = List(ratio),
    };

    public static ResourceQuota Quota(string name, string hard, params string[] scopes) => new()
    {
        ApiVersion = "v1",
        Kind = "ResourceQuota",
        Metadata = new ObjectMeta { Name = name, Namespace = "default" },
        Spec = new ResourceQuotaSpec { Hard = List(hard), Scopes = scopes },
    };

    public static ResourceQuota WithSelector(this ResourceQuota quota, string scopeName, string op, params string[] values) =>
        quota with
        {
            Spec = quota.Spec! with
            {
                ScopeSelector = new ScopeSelector { MatchExpressions = [new ScopedResourceSelectorRequirement { ScopeName = scopeName, Operator = op, Values = values }] },
            },
        };

    public static PriorityClass PriorityClass(string name, int value, bool globalDefault = false, string? preemptionPolicy = null) => new()
    {
        ApiVersion = "scheduling.k8s.io/v1",
        Kind = "PriorityClass",
        Metadata = new ObjectMeta { Name = name },
        Value = value,
        GlobalDefault = globalDefault,
        PreemptionPolicy = preemptionPolicy,
    };

    public static RuntimeClass RuntimeClass(string name, string overhead = "", PodSim.Model.Scheduling? scheduling = null) => new()
    {
        ApiVersion = "node.k8s.io/v1",
        Kind = "RuntimeClass",
        Metadata = new ObjectMeta { Name = name },
        Handler = name,
        Overhead = overhead.Length == 0 ? null : new Overhead { PodFixed = List(overhead) },
        Scheduling = scheduling,
    };

    /// <summary>Renders a resource list as "name=value,..." sorted by name.</summary>
    public static string Render(IReadOnlyDictionary<string, Quantity>? list) =>
        list is null ? string.Empty : string.Join(",", list.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "=" + kv.Value));

    /// <summary>The single error message, or null when admitted.</summary>
    public static string? Message(this PodSim.Admission.AdmissionResult result) =>
        result.Errors.Count == 0 ? null : result.Errors.Single().Message;
}
