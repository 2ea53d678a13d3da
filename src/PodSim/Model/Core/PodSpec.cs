namespace PodSim.Model;

/// <summary>The desired state of a pod: its containers, volumes, scheduling and runtime settings.</summary>
public sealed record PodSpec
{
    /// <summary>Gets the volumes that the pod's containers can mount.</summary>
    public IReadOnlyList<Volume> Volumes { get; init; } = [];

    /// <summary>Gets the containers that run to completion, in order, before the app containers start.</summary>
    public IReadOnlyList<Container> InitContainers { get; init; } = [];

    /// <summary>Gets the pod's app containers.</summary>
    public IReadOnlyList<Container> Containers { get; init; } = [];

    /// <summary>Gets the ephemeral (debugging) containers added to the running pod.</summary>
    public IReadOnlyList<EphemeralContainer> EphemeralContainers { get; init; } = [];

    /// <summary>Gets the restart policy for the pod's containers (see <see cref="RestartPolicies"/>).</summary>
    public string? RestartPolicy { get; init; }

    /// <summary>Gets how long, in seconds, the pod is given to shut down gracefully.</summary>
    public long? TerminationGracePeriodSeconds { get; init; }

    /// <summary>Gets how long, in seconds, the pod may be active before the system fails it.</summary>
    public long? ActiveDeadlineSeconds { get; init; }

    /// <summary>Gets how DNS is configured for the pod (see <see cref="DnsPolicies"/>).</summary>
    public string? DnsPolicy { get; init; }

    /// <summary>Gets the node labels that a node must carry for the pod to be placed on it.</summary>
    public IReadOnlyDictionary<string, string> NodeSelector { get; init; } = EmptyMap.Strings;

    /// <summary>Gets the name of the service account the pod runs as.</summary>
    public string? ServiceAccountName { get; init; }

    /// <summary>Gets the deprecated alias of the service account name.</summary>
    public string? ServiceAccount { get; init; }

    /// <summary>Gets a value indicating whether an API token is mounted into the pod automatically.</summary>
    public bool? AutomountServiceAccountToken { get; init; }

    /// <summary>Gets the name of the node the pod is bound to.</summary>
    public string? NodeName { get; init; }

    /// <summary>Gets a value indicating whether the pod uses the node's network namespace.</summary>
    public bool? HostNetwork { get; init; }

    /// <summary>Gets a value indicating whether the pod uses the node's process ID namespace.</summary>
    public bool? HostPID { get; init; }

    /// <summary>Gets a value indicating whether the pod uses the node's IPC namespace.</summary>
    public bool? HostIPC { get; init; }

    /// <summary>Gets a value indicating whether the pod's containers share one process namespace.</summary>
    public bool? ShareProcessNamespace { get; init; }

    /// <summary>Gets the pod-wide security settings.</summary>
    public PodSecurityContext? SecurityContext { get; init; }

    /// <summary>Gets the secrets used to authenticate image pulls.</summary>
    public IReadOnlyList<LocalObjectReference> ImagePullSecrets { get; init; } = [];

    /// <summary>Gets the hostname the pod sees; defaults to the pod name.</summary>
    public string? Hostname { get; init; }

    /// <summary>Gets the subdomain that completes the pod's fully qualified hostname.</summary>
    public string? Subdomain { get; init; }

    /// <summary>Gets the pod's node and inter-pod scheduling affinity rules.</summary>
    public Affinity? Affinity { get; init; }

    /// <summary>Gets the name of the scheduler that places the pod.</summary>
    public string? SchedulerName { get; init; }

    /// <summary>Gets the taints the pod tolerates.</summary>
    public IReadOnlyList<Toleration> Tolerations { get; init; } = [];

    /// <summary>Gets extra entries written to the pod's hosts file.</summary>
    public IReadOnlyList<HostAlias> HostAliases { get; init; } = [];

    /// <summary>Gets the name of the pod's priority class.</summary>
    public string? PriorityClassName { get; init; }

    /// <summary>Gets the resolved priority value of the pod.</summary>
    public int? Priority { get; init; }

    /// <summary>Gets extra DNS settings merged into the generated resolver configuration.</summary>
    public PodDnsConfig? DnsConfig { get; init; }

    /// <summary>Gets the extra conditions that must be true for the pod to be ready.</summary>
    public IReadOnlyList<PodReadinessGate> ReadinessGates { get; init; } = [];

    /// <summary>Gets the name of the runtime class used to run the pod.</summary>
    public string? RuntimeClassName { get; init; }

    /// <summary>Gets a value indicating whether service information is injected as environment variables.</summary>
    public bool? EnableServiceLinks { get; init; }

    /// <summary>Gets whether the pod may preempt lower-priority pods (see <see cref="PreemptionPolicies"/>).</summary>
    public string? PreemptionPolicy { get; init; }

    /// <summary>Gets the resources consumed by the pod's sandbox on top of its containers.</summary>
    public IReadOnlyDictionary<string, Quantity> Overhead { get; init; } = EmptyMap.Quantities;

    /// <summary>Gets the rules for spreading matching pods across topology domains.</summary>
    public IReadOnlyList<TopologySpreadConstraint> TopologySpreadConstraints { get; init; } = [];

    /// <summary>Gets a value indicating whether the pod's hostname is set to its fully qualified domain name.</summary>
    public bool? SetHostnameAsFQDN { get; init; }

    /// <summary>Gets the operating system the pod's containers need.</summary>
    public PodOS? Os { get; init; }

    /// <summary>Gets a value indicating whether the pod runs in the node's user namespace.</summary>
    public bool? HostUsers { get; init; }

    /// <summary>Gets the gates that hold the pod back from scheduling while present.</summary>
    public IReadOnlyList<PodSchedulingGate> SchedulingGates { get; init; } = [];

    /// <summary>Gets the dynamic resource claims the pod needs before it starts.</summary>
    public IReadOnlyList<PodResourceClaim> ResourceClaims { get; init; } = [];

    /// <summary>Gets the pod-level resource requests and limits.</summary>
    public ResourceRequirements? Resources { get; init; }

    /// <summary>Gets a hostname that replaces the default one for the pod.</summary>
    public string? HostnameOverride { get; init; }
}
