namespace PodSim.Model;

/// <summary>
/// The one registry of the kinds the simulated API server serves (<c>kubectl api-resources</c>): the manifest loader,
/// defaulting and the API server all read group, version, plural, short names and scope from here.
/// </summary>
public static class ApiResources
{
    private static readonly ApiResource[] Table =
    [
        new("", "v1", "Pod", "pods", true, typeof(Pod), ["po"]),
        new("", "v1", "ConfigMap", "configmaps", true, typeof(ConfigMap), ["cm"]),
        new("", "v1", "Secret", "secrets", true, typeof(Secret), []),
        new("", "v1", "Node", "nodes", false, typeof(Node), ["no"]),
        new("", "v1", "LimitRange", "limitranges", true, typeof(LimitRange), ["limits"]),
        new("", "v1", "ResourceQuota", "resourcequotas", true, typeof(ResourceQuota), ["quota"]),
        new("", "v1", "Service", "services", true, typeof(Service), ["svc"]),
        new("", "v1", "ServiceAccount", "serviceaccounts", true, typeof(ServiceAccount), ["sa"]),
        new("", "v1", "ReplicationController", "replicationcontrollers", true, typeof(ReplicationController), ["rc"]),
        new("apps", "v1", "Deployment", "deployments", true, typeof(Deployment), ["deploy"]),
        new("apps", "v1", "ReplicaSet", "replicasets", true, typeof(ReplicaSet), ["rs"]),
        new("apps", "v1", "StatefulSet", "statefulsets", true, typeof(StatefulSet), ["sts"]),
        new("apps", "v1", "DaemonSet", "daemonsets", true, typeof(DaemonSet), ["ds"]),
        new("batch", "v1", "Job", "jobs", true, typeof(Job), []),
        new("batch", "v1", "CronJob", "cronjobs", true, typeof(CronJob), ["cj"]),
        new("scheduling.k8s.io", "v1", "PriorityClass", "priorityclasses", false, typeof(PriorityClass), ["pc"]),
        new("node.k8s.io", "v1", "RuntimeClass", "runtimeclasses", false, typeof(RuntimeClass), []),
        new("policy", "v1", "PodDisruptionBudget", "poddisruptionbudgets", true, typeof(PodDisruptionBudget), ["pdb"]),
        new("", "v1", "Event", "events", true, typeof(Event), ["ev"]),
    ];

    // Every object built in C# looks its kind up here (KubeObject's constructor): a frozen map, read-only after start.
    private static readonly System.Collections.Frozen.FrozenDictionary<Type, ApiResource> ByType =
        System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(Table, r => r.ModelType);

    /// <summary>Gets every kind, in a fixed order.</summary>
    public static IReadOnlyList<ApiResource> All => Table;

    /// <summary>Finds a kind by its <c>apiVersion</c> and kind.</summary>
    /// <param name="apiVersion">The API version, such as <c>apps/v1</c>.</param>
    /// <param name="kind">The kind.</param>
    /// <returns>The kind, or null when the API server does not serve that pair.</returns>
    public static ApiResource? Find(string? apiVersion, string? kind)
    {
        foreach (var r in Table)
        {
            if (r.Kind == kind && r.ApiVersion == apiVersion)
            {
                return r;
            }
        }

        return null;
    }

    /// <summary>Finds a kind by name, in whatever version it is served.</summary>
    /// <param name="kind">The kind, such as <c>Pod</c>.</param>
    /// <returns>The kind, or null.</returns>
    public static ApiResource? ForKind(string? kind)
    {
        foreach (var r in Table)
        {
            if (r.Kind == kind)
            {
                return r;
            }
        }

        return null;
    }

    /// <summary>Finds the kind a model record holds.</summary>
    /// <param name="type">The model type, such as <c>typeof(Pod)</c>.</param>
    /// <returns>The kind, or null for a type that is not a top-level kind.</returns>
    public static ApiResource? ForType(Type type) => ByType.GetValueOrDefault(type);

    /// <summary>
    /// The resource name the API server uses in its messages (<c>pods "web" already exists</c>): the kind's plural,
    /// or for a kind it does not serve the lower-case kind plus <c>s</c>.
    /// </summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The plural.</returns>
    public static string PluralOf(string? kind) =>
        ForKind(kind)?.Plural ?? (string.IsNullOrEmpty(kind) ? "objects" : kind.ToLowerInvariant() + "s");

    /// <summary>Whether objects of a kind live in a namespace; kinds the server does not serve count as namespaced.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Whether the kind is namespaced.</returns>
    public static bool IsNamespaced(string? kind) => ForKind(kind)?.Namespaced ?? true;
}
