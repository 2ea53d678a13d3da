using PodSim.Model;

namespace PodSim.Admission;

/// <summary>
/// What the admission plugins read from the cluster when a pod is created. Namespaced objects of other namespaces
/// are ignored (a missing namespace means <c>default</c>), and every list is processed sorted by name, so the
/// result never depends on the order given.
/// </summary>
internal sealed record AdmissionContext
{
    /// <summary>Gets an empty context: no limit ranges, quotas, classes or pods.</summary>
    public static AdmissionContext Empty { get; } = new();

    /// <summary>Gets the LimitRanges (of the pod's namespace).</summary>
    public IReadOnlyList<LimitRange> LimitRanges { get; init; } = [];

    /// <summary>
    /// Gets the ResourceQuotas (of the pod's namespace). Their status is recomputed from <see cref="Pods"/>, as if the
    /// quota controller were always up to date.
    /// </summary>
    public IReadOnlyList<ResourceQuota> ResourceQuotas { get; init; } = [];

    /// <summary>
    /// Gets the user-defined PriorityClasses. The built-in <c>system-cluster-critical</c> and
    /// <c>system-node-critical</c> always exist and need not be listed.
    /// </summary>
    public IReadOnlyList<PriorityClass> PriorityClasses { get; init; } = [];

    /// <summary>Gets the RuntimeClasses.</summary>
    public IReadOnlyList<RuntimeClass> RuntimeClasses { get; init; } = [];

    /// <summary>
    /// Gets the ServiceAccounts (of the pod's namespace). A pod's account that is not listed counts as one with no
    /// settings, as the <c>default</c> account every namespace has: the pod is admitted and gets the token volume.
    /// </summary>
    public IReadOnlyList<ServiceAccount> ServiceAccounts { get; init; } = [];

    /// <summary>
    /// Gets how a name with the API server's five generated characters is made from a prefix, for the service
    /// account token volume (<c>kube-api-access-</c>). When null, the characters are derived from the pod's namespace
    /// and name (else its <c>generateName</c>), so the same pod always gets the same volume name; a simulation derives
    /// them from its seed and the pod's UID instead.
    /// </summary>
    public Func<string, string>? GenerateName { get; init; }

    /// <summary>
    /// Gets the pods that already exist (in the pod's namespace), terminal ones included: <c>count/pods</c> counts every
    /// stored pod, while compute resources and <c>pods</c> count only pods that are not Succeeded or Failed.
    /// </summary>
    public IReadOnlyList<Pod> Pods { get; init; } = [];

    /// <summary>
    /// Gets the current (virtual) time, used only to stop charging quota for a pod whose deletion grace period has
    /// expired; when null, such pods are still charged.
    /// </summary>
    public DateTimeOffset? Now { get; init; }
}
