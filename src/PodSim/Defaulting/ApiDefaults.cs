using PodSim.Model;

namespace PodSim.Defaulting;

/// <summary>
/// Kubernetes API defaulting (<c>pkg/apis/core/v1/defaults.go</c>, <c>apps/v1</c>, <c>batch/v1</c> and the
/// <c>+default=</c> markers of <c>k8s.io/api</c>) as pure functions over the immutable model.
/// </summary>
/// <remarks>
/// <para>
/// Every function returns a new object and never changes its argument. Only what was unset is filled in,
/// so defaulting is idempotent: applying it to its own result returns that result unchanged (the very same
/// instance, because unchanged sub-objects are shared rather than copied).
/// </para>
/// <para>
/// Go defaults by field zero values, so an empty string, and for probe counters a zero, count as unset,
/// like <see langword="null"/>. Members that are Go value types (for example <c>Deployment.spec</c> or a
/// workload's <c>spec.template</c>) exist even when a manifest omits them, so a missing one is created here
/// and defaulted; Go pointers (for example a replication controller's template) stay absent.
/// </para>
/// <para>
/// Pods and the pod templates of workloads share the <c>PodSpec</c>, container, probe, volume and
/// resource-list defaults. The <c>SetDefaults_Pod</c> ones (requests from limits, <c>enableServiceLinks</c>,
/// host ports on the host network) are applied to <see cref="Pod"/> objects only: upstream keeps them out of
/// <c>SetDefaults_PodSpec</c> so that they materialise in pods and not in every object holding a pod spec.
/// </para>
/// </remarks>
public static partial class ApiDefaults
{
    private static readonly ObjectMeta EmptyMeta = new();

    /// <summary>
    /// Applies the defaults of the object's kind. Namespaced kinds get the namespace <c>default</c> when they
    /// have none; cluster-scoped kinds (<see cref="ApiResources"/> says which) and kinds PodSim does not know are
    /// returned unchanged.
    /// </summary>
    /// <param name="obj">The object.</param>
    /// <returns>The defaulted object, or <paramref name="obj"/> itself when nothing was unset.</returns>
    public static KubeObject Apply(KubeObject obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return obj switch
        {
            Pod pod => ApplyPod(pod),
            Deployment deployment => ApplyDeployment(deployment),
            ReplicaSet replicaSet => ApplyReplicaSet(replicaSet),
            StatefulSet statefulSet => ApplyStatefulSet(statefulSet),
            DaemonSet daemonSet => ApplyDaemonSet(daemonSet),
            Job job => ApplyJob(job),
            CronJob cronJob => ApplyCronJob(cronJob),
            ReplicationController controller => ApplyReplicationController(controller),
            _ when ApiResources.ForType(obj.GetType()) is { Namespaced: true } => WithDefaultNamespace(obj),
            _ => obj,
        };
    }

    /// <summary>
    /// Applies the defaults of a Pod object: namespace <c>default</c>, the pod spec defaults of
    /// <see cref="ApplyPodSpec"/>, then the pod-only ones of <c>SetDefaults_Pod</c>: each container's and init
    /// container's missing requests are copied from its limits, <c>enableServiceLinks</c> becomes true, and on the
    /// host network every container and init container port without a host port gets its container port;
    /// and, as the ServiceAccount admission plugin does, <c>serviceAccountName</c> becomes <c>default</c> when unset.
    /// </summary>
    /// <param name="pod">The pod.</param>
    /// <returns>The defaulted pod, or <paramref name="pod"/> itself when nothing was unset.</returns>
    public static Pod ApplyPod(Pod pod)
    {
        ArgumentNullException.ThrowIfNull(pod);
        var spec = ApplyPodSpec(pod.Spec ?? new PodSpec());
        var hostNetwork = spec.HostNetwork == true;
        spec = Unchanged.Keep(spec, spec with
        {
            Containers = Unchanged.Map(spec.Containers, c => ApplyPodOnly(c, hostNetwork)),
            InitContainers = Unchanged.Map(spec.InitContainers, c => ApplyPodOnly(c, hostNetwork)),
            EnableServiceLinks = spec.EnableServiceLinks ?? true,

            // Not API defaulting but the ServiceAccount admission plugin, which every API server runs before
            // validation: a pod without a service account gets "default".
            ServiceAccountName = string.IsNullOrEmpty(spec.ServiceAccountName) ? (string.IsNullOrEmpty(spec.ServiceAccount) ? "default" : spec.ServiceAccount) : spec.ServiceAccountName,
        });

        // Resource lists were rounded to milli by the container defaults, so the copied requests are rounded too;
        // upstream copies first and rounds afterwards, which gives the same values.
        return Unchanged.Keep(pod, pod with { Metadata = DefaultNamespace(pod.Metadata), Spec = spec });
    }

    /// <summary>
    /// Applies the <c>SetDefaults_PodSpec</c> defaults, shared by pods and pod templates: <c>dnsPolicy</c>
    /// <c>ClusterFirst</c>, <c>restartPolicy</c> <c>Always</c>, an empty <c>securityContext</c>,
    /// <c>terminationGracePeriodSeconds</c> 30 and <c>schedulerName</c> <c>default-scheduler</c>; plus the nested
    /// volume, container, init container and ephemeral container defaults and the milli rounding of the pod's
    /// <c>overhead</c> and pod-level resources.
    /// </summary>
    /// <param name="spec">The pod spec.</param>
    /// <returns>The defaulted spec, or <paramref name="spec"/> itself when nothing was unset.</returns>
    public static PodSpec ApplyPodSpec(PodSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return Unchanged.Keep(spec, spec with
        {
            DnsPolicy = spec.DnsPolicy.OrIfEmpty(DnsPolicies.ClusterFirst),
            RestartPolicy = spec.RestartPolicy.OrIfEmpty(RestartPolicies.Always),
            SecurityContext = spec.SecurityContext ?? new PodSecurityContext(),
            TerminationGracePeriodSeconds = spec.TerminationGracePeriodSeconds ?? DefaultValues.TerminationGracePeriodSeconds,
            SchedulerName = spec.SchedulerName.OrIfEmpty(DefaultValues.SchedulerName),
            Volumes = Unchanged.Map(spec.Volumes, ApplyVolume),
            InitContainers = Unchanged.Map(spec.InitContainers, ApplyContainer),
            Containers = Unchanged.Map(spec.Containers, ApplyContainer),
            EphemeralContainers = Unchanged.Map(spec.EphemeralContainers, ApplyEphemeralContainer),
            Overhead = Unchanged.RoundUpToMilli(spec.Overhead),
            Resources = ApplyResources(spec.Resources),
        });
    }

    /// <summary>Applies the pod template defaults: the pod spec ones only, none of the pod-only ones.</summary>
    /// <param name="template">The template; a missing one is created, as Go's value-typed template always exists.</param>
    /// <returns>The defaulted template.</returns>
    internal static PodTemplateSpec ApplyPodTemplate(PodTemplateSpec? template)
    {
        template ??= new PodTemplateSpec();
        return Unchanged.Keep(template, template with { Spec = ApplyPodSpec(template.Spec ?? new PodSpec()) });
    }

    // SetDefaults_Pod, per container: requests from limits, and host ports when the pod uses the host network.
    private static Container ApplyPodOnly(Container container, bool hostNetwork)
    {
        var resources = container.Resources;
        if (resources is not null && resources.Limits.Keys.Any(name => !resources.Requests.ContainsKey(name)))
        {
            var requests = new Dictionary<string, Quantity>(StringComparer.Ordinal);
            foreach (var (name, quantity) in resources.Requests)
            {
                requests[name] = quantity;
            }

            foreach (var (name, quantity) in resources.Limits)
            {
                requests.TryAdd(name, quantity);
            }

            resources = resources with { Requests = requests.AsReadOnly() };
        }

        return Unchanged.Keep(container, container with
        {
            Resources = resources,
            Ports = hostNetwork ? Unchanged.Map(container.Ports, DefaultHostPort) : container.Ports,
        });
    }

    private static ContainerPort DefaultHostPort(ContainerPort port) =>
        port.HostPort.GetValueOrDefault() == 0 && port.Port is not null && port.HostPort != port.Port
            ? port with { HostPort = port.Port }
            : port;

    private static ObjectMeta DefaultNamespace(ObjectMeta? metadata)
    {
        metadata ??= EmptyMeta;
        return string.IsNullOrEmpty(metadata.Namespace) ? metadata with { Namespace = DefaultValues.Namespace } : metadata;
    }

    private static KubeObject WithDefaultNamespace(KubeObject obj)
    {
        var metadata = DefaultNamespace(obj.Metadata);
        return ReferenceEquals(metadata, obj.Metadata) ? obj : obj with { Metadata = metadata };
    }
}
