using PodSim.Admission;
using PodSim.Defaulting;
using PodSim.Model;
using PodSim.Scenarios;
using PodSim.Validation;

namespace PodSim.ApiServer;

/// <summary>
/// The simulated kube-apiserver's write path: every create and update is defaulted, validated and admitted before it
/// reaches the <see cref="ObjectStore"/>, whose watches then tell the other components. Refusals are
/// <see cref="ApiStatusException"/>s with the API server's reasons and messages.
/// </summary>
internal sealed partial class KubeApiServer
{
    private readonly DateTimeOffset _startTime;
    private readonly Func<TimeSpan> _now;

    /// <summary>Initializes a new instance of the <see cref="KubeApiServer"/> class.</summary>
    /// <param name="store">The storage.</param>
    /// <param name="identities">Where UIDs and generated names come from.</param>
    /// <param name="startTime">The virtual epoch, for timestamps.</param>
    /// <param name="now">The virtual clock.</param>
    public KubeApiServer(ObjectStore store, IdentityGenerator identities, DateTimeOffset startTime, Func<TimeSpan> now)
    {
        Store = store;
        Identities = identities;
        _startTime = startTime;
        _now = now;
    }

    /// <summary>Gets the storage.</summary>
    public ObjectStore Store { get; }

    /// <summary>Gets where UIDs and generated names come from.</summary>
    public IdentityGenerator Identities { get; }

    /// <summary>Gets the current time in whole seconds, as the API server writes timestamps.</summary>
    public DateTimeOffset Timestamp => _startTime + TimeSpan.FromSeconds(Math.Floor(_now().TotalSeconds));

    /// <summary>
    /// Creates an object as <c>kubectl create</c> does: defaults, validation, a name from <c>generateName</c>, the
    /// namespace, UID and creation timestamp, and for pods the admission plugins and the initial status.
    /// </summary>
    /// <param name="input">The object.</param>
    /// <returns>The stored object.</returns>
    /// <exception cref="ApiStatusException">Invalid, AlreadyExists, or Forbidden by an admission plugin.</exception>
    public KubeObject Create(KubeObject input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input is Scenario)
        {
            throw Invalid(input, [FieldError.Forbidden("kind", "a Scenario configures the simulation and cannot be created in it")]);
        }

        var obj = ApiDefaults.Apply(input);
        var errors = ObjectValidator.ValidateDefaulted(obj);
        if (errors.Count > 0)
        {
            throw Invalid(obj, errors);
        }

        var meta = obj.Metadata ?? new ObjectMeta();
        if (string.IsNullOrEmpty(meta.Name) && !string.IsNullOrEmpty(meta.GenerateName))
        {
            // The API server appends five random characters; here they come from the seed.
            meta = meta with { Name = Identities.GeneratedName(meta.GenerateName, Store.CreatedCount) };
        }

        var ns = ApiResources.IsNamespaced(obj.Kind) ? meta.Namespace ?? "default" : null;
        if (Store.Contains(ObjectStore.Key(obj.Kind ?? string.Empty, ns, meta.Name)))
        {
            throw new ApiStatusException(ApiStatusReason.AlreadyExists, ApiResources.PluralOf(obj.Kind) + " \"" + meta.Name + "\" already exists")
            {
                Causes = [new FieldError("metadata.name", FieldErrorType.Duplicate, meta.Name, ApiResources.PluralOf(obj.Kind) + " \"" + meta.Name + "\" already exists")],
            };
        }

        meta = meta with
        {
            Namespace = ns,
            Uid = Identities.Uid(obj.Kind ?? string.Empty, ns, meta.Name, Store.CreatedCount),
            CreationTimestamp = Timestamp,
        };
        // The registries of the kinds with a spec start its generation at 1 (PrepareForCreate in pkg/registry/...);
        // a PodDisruptionBudget starts with an empty status too, for the disruption controller to fill
        // (pkg/registry/policy/poddisruptionbudget/strategy.go).
        if (obj is Deployment or ReplicaSet or StatefulSet or DaemonSet or Job or CronJob or ReplicationController or PodDisruptionBudget)
        {
            meta = meta with { Generation = 1 };
        }

        obj = obj is PodDisruptionBudget budget ? budget with { Metadata = meta, Status = new PodDisruptionBudgetStatus() } : obj with { Metadata = meta };
        return Store.Add(obj is Pod pod ? AdmitPod(pod) : obj);
    }

    /// <summary>Gets an object.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="ns">The namespace (ignored for cluster-scoped kinds).</param>
    /// <param name="name">The name.</param>
    /// <returns>The object as stored now.</returns>
    /// <exception cref="ApiStatusException">NotFound.</exception>
    public KubeObject Get(string kind, string? ns, string name) =>
        Store.Get(Key(kind, ns, name)) ?? throw NotFound(kind, name);

    /// <summary>
    /// Replaces an object's metadata and spec, as <c>PUT</c> does (<c>staging/src/k8s.io/apiserver/pkg/registry/rest/update.go</c>
    /// BeforeUpdate): a resourceVersion that is set must be the stored one; UID, creation and deletion timestamps are
    /// kept; the status of a kind with a status subresource is kept as stored; then the kind's update validation
    /// (<see cref="ObjectValidator.ValidateUpdate"/>: immutable fields, the pod's mutable-field rule) runs.
    /// An update that leaves an object being deleted (with a grace period of 0) without finalizers removes it.
    /// </summary>
    /// <param name="obj">The new object.</param>
    /// <returns>The stored object; when the update removed it, the object as written, with the removal's resourceVersion.</returns>
    /// <exception cref="ApiStatusException">NotFound, Conflict or Invalid.</exception>
    public KubeObject Update(KubeObject obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var key = KeyFor(obj);
        var old = Store.Get(key) ?? throw NotFound(obj.Kind, obj.Metadata.Name);
        CheckVersion(obj, old);
        var oldMeta = old.Metadata!;
        var meta = obj.Metadata with
        {
            // An update without a resourceVersion is unconditional: it applies to the stored version.
            ResourceVersion = string.IsNullOrEmpty(obj.Metadata.ResourceVersion) ? oldMeta.ResourceVersion : obj.Metadata.ResourceVersion,
            Namespace = oldMeta.Namespace,
            Uid = string.IsNullOrEmpty(obj.Metadata.Uid) ? oldMeta.Uid : obj.Metadata.Uid,
            CreationTimestamp = oldMeta.CreationTimestamp,
            DeletionTimestamp = oldMeta.DeletionTimestamp,
            DeletionGracePeriodSeconds = oldMeta.DeletionGracePeriodSeconds ?? obj.Metadata.DeletionGracePeriodSeconds,
            Generation = oldMeta.Generation,
        };
        var updated = StatusOf(ApiDefaults.Apply(obj with { Metadata = meta }), old);

        // A change of the spec bumps the generation of the kinds that track it (PrepareForUpdate in
        // pkg/registry/core/pod/strategy.go, pkg/registry/apps/*/strategy.go, pkg/registry/batch/*/strategy.go,
        // pkg/registry/policy/poddisruptionbudget/strategy.go), so that an observedGeneration can tell a stale status.
        if (updated.Metadata.Generation is { } generation && SpecOf(updated) is var (tracked, newSpec) && tracked && !ModelDiff.AreEqual(newSpec, SpecOf(old).Spec))
        {
            updated = updated with { Metadata = updated.Metadata with { Generation = generation + 1 } };
        }

        var errors = ObjectValidator.ValidateUpdate(updated, old);
        if (errors.Count > 0)
        {
            throw Invalid(updated, errors);
        }

        // The last finalizer of an object being deleted is gone: the update deletes it instead
        // (staging/src/k8s.io/apiserver/pkg/registry/generic/registry/store.go ShouldDeleteDuringUpdate).
        return ShouldDeleteDuringUpdate(updated, old) ? RemoveEmptied(key, updated) : Store.Update(key, updated);
    }

    /// <summary>
    /// Writes an object's status only, as the <c>/status</c> subresource does: metadata and spec stay as stored, so
    /// labels, owner references or a deletion that others wrote are never lost. A resourceVersion that is set must be
    /// the stored one.
    /// </summary>
    /// <typeparam name="T">The kind's model type.</typeparam>
    /// <param name="obj">The object carrying the new status.</param>
    /// <returns>The stored object.</returns>
    /// <exception cref="ApiStatusException">NotFound, Conflict, or Invalid (<see cref="ObjectValidator.ValidateStatusUpdate"/>).</exception>
    public T UpdateStatus<T>(T obj)
        where T : KubeObject
    {
        ArgumentNullException.ThrowIfNull(obj);
        var key = KeyFor(obj);
        var old = Store.Get(key) ?? throw NotFound(obj.Kind, obj.Metadata.Name);
        CheckVersion(obj, old);
        var updated = StatusOf(old, obj);
        var errors = ObjectValidator.ValidateStatusUpdate(updated, old);
        return errors.Count > 0 ? throw Invalid(updated, errors) : (T)Store.Update(key, updated);
    }

    /// <summary>
    /// The kubelet's status write (its status manager patches status without a precondition): the pod's status
    /// replaces the stored one, and metadata and spec stay as stored. When nobody else wrote the pod since the
    /// kubelet read it, the object is stored as given, which spares a copy on the kubelet's hottest path.
    /// </summary>
    /// <param name="pod">The pod as the kubelet last read it, with its new status.</param>
    /// <returns>The stored pod.</returns>
    public Pod WriteKubeletStatus(Pod pod)
    {
        var key = KeyFor(pod);
        if (Store.Get(key) is not Pod old || old.Metadata.Uid != pod.Metadata.Uid)
        {
            // The pod is gone (deleted without grace, perhaps created again under its name) while the kubelet still
            // stops its containers: nothing to write.
            return pod;
        }

        var status = MergeKubeletConditions(old.Status, pod.Status);
        var merged = ReferenceEquals(old.Metadata, pod.Metadata) && ReferenceEquals(old.Spec, pod.Spec) && ReferenceEquals(status, pod.Status)
            ? pod
            : old with { Status = status };
        return Store.Update(key, merged);
    }

    /// <summary>
    /// <c>mergePodStatus</c> (<c>pkg/kubelet/status/status_manager.go</c>): the kubelet owns only its condition types;
    /// the others on the stored pod (DisruptionTarget from an eviction, a readiness gate's condition) stay, first, and
    /// the kubelet's follow.
    /// </summary>
    private static PodStatus? MergeKubeletConditions(PodStatus? stored, PodStatus? written)
    {
        var others = 0;
        foreach (var c in stored?.Conditions ?? [])
        {
            others += OwnedByKubelet(c.Type) ? 0 : 1;
        }

        if (others == 0 || written is null)
        {
            return written;
        }

        var conditions = new List<PodCondition>(others + written.Conditions.Count);
        foreach (var c in stored!.Conditions)
        {
            if (!OwnedByKubelet(c.Type))
            {
                conditions.Add(c);
            }
        }

        foreach (var c in written.Conditions)
        {
            if (OwnedByKubelet(c.Type))
            {
                conditions.Add(c);
            }
        }

        return written with { Conditions = conditions };
    }

    /// <summary>The condition types the kubelet owns (<c>pkg/kubelet/types/pod_status.go</c> PodConditionsByKubelet).</summary>
    private static bool OwnedByKubelet(string? type) => type is PodConditionTypes.PodScheduled or PodConditionTypes.Ready or
        PodConditionTypes.Initialized or PodConditionTypes.ContainersReady or PodConditionTypes.PodReadyToStartContainers or
        "PodResizePending" or "PodResizeInProgress";

    /// <summary>
    /// The pods/binding subresource: the scheduler's decision written as <c>spec.nodeName</c>
    /// (<c>pkg/registry/core/pod/storage/storage.go</c> BindingREST). A pod already bound elsewhere is a Conflict.
    /// </summary>
    /// <param name="ns">The pod's namespace.</param>
    /// <param name="name">The pod's name.</param>
    /// <param name="nodeName">The node.</param>
    /// <returns>The stored pod.</returns>
    /// <exception cref="ApiStatusException">NotFound or Conflict.</exception>
    public Pod Bind(string? ns, string name, string nodeName)
    {
        var key = Key("Pod", ns, name);
        var old = Store.Get(key) as Pod ?? throw NotFound("Pod", name);
        var spec = old.Spec ?? new PodSpec();
        if (!string.IsNullOrEmpty(spec.NodeName) && spec.NodeName != nodeName)
        {
            throw new ApiStatusException(ApiStatusReason.Conflict, "pod " + name + " is already assigned to node \"" + spec.NodeName + "\"");
        }

        return spec.NodeName == nodeName ? old : Store.Update(key, old with { Spec = spec with { NodeName = nodeName } });
    }

    /// <summary>
    /// Marks a pod as being deleted: <c>deletionTimestamp</c> and <c>deletionGracePeriodSeconds</c>, as a graceful
    /// DELETE writes them (<c>staging/src/k8s.io/apiserver/pkg/registry/rest/delete.go</c> BeforeDelete).
    /// </summary>
    /// <param name="ns">The pod's namespace.</param>
    /// <param name="name">The pod's name.</param>
    /// <param name="deletionTimestamp">When the grace period ends.</param>
    /// <param name="gracePeriodSeconds">The grace period.</param>
    /// <returns>The stored pod.</returns>
    public Pod MarkDeleting(string? ns, string name, DateTimeOffset deletionTimestamp, long gracePeriodSeconds)
    {
        var key = Key("Pod", ns, name);
        var old = Store.Get(key) as Pod ?? throw NotFound("Pod", name);
        return Store.Update(key, old with { Metadata = old.Metadata! with { DeletionTimestamp = deletionTimestamp, DeletionGracePeriodSeconds = gracePeriodSeconds } });
    }

    /// <summary>Removes an object now (a non-graceful delete, or the last step of a pod's graceful one).</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="ns">The namespace.</param>
    /// <param name="name">The name.</param>
    /// <returns>The object's last state.</returns>
    /// <exception cref="ApiStatusException">NotFound.</exception>
    public KubeObject Remove(string kind, string? ns, string name) =>
        Store.Remove(Key(kind, ns, name)) ?? throw NotFound(kind, name);

    /// <summary>The store key of an object, with the namespace the kind's scope gives it.</summary>
    private static string KeyFor(KubeObject obj) => Key(obj.Kind ?? string.Empty, obj.Metadata.Namespace, obj.Metadata.Name);

    private static string Key(string kind, string? ns, string? name) =>
        ObjectStore.Key(kind, ApiResources.IsNamespaced(kind) ? ns ?? "default" : null, name);

    private static void CheckVersion(KubeObject obj, KubeObject old)
    {
        var version = obj.Metadata.ResourceVersion;
        if (!string.IsNullOrEmpty(version) && version != old.Metadata.ResourceVersion)
        {
            throw new ApiStatusException(
                ApiStatusReason.Conflict,
                "Operation cannot be fulfilled on " + ApiResources.PluralOf(old.Kind) + " \"" + old.Metadata.Name +
                "\": the object has been modified; please apply your changes to the latest version and try again");
        }
    }

    /// <summary>The target with the status of the source, for the kinds that have a status subresource.</summary>
    /// <summary>The spec of the kinds whose generation follows it, and whether the kind is one of them.</summary>
    private static (bool Tracked, object? Spec) SpecOf(KubeObject obj) => obj switch
    {
        Pod o => (true, o.Spec),
        Deployment o => (true, o.Spec),
        ReplicaSet o => (true, o.Spec),
        StatefulSet o => (true, o.Spec),
        DaemonSet o => (true, o.Spec),
        Job o => (true, o.Spec),
        CronJob o => (true, o.Spec),
        ReplicationController o => (true, o.Spec),
        PodDisruptionBudget o => (true, o.Spec),
        _ => (false, null),
    };

    private static KubeObject StatusOf(KubeObject target, KubeObject source) => (target, source) switch
    {
        (Pod t, Pod s) => t with { Status = s.Status },
        (Node t, Node s) => t with { Status = s.Status },
        (Deployment t, Deployment s) => t with { Status = s.Status },
        (ReplicaSet t, ReplicaSet s) => t with { Status = s.Status },
        (StatefulSet t, StatefulSet s) => t with { Status = s.Status },
        (DaemonSet t, DaemonSet s) => t with { Status = s.Status },
        (Job t, Job s) => t with { Status = s.Status },
        (CronJob t, CronJob s) => t with { Status = s.Status },
        (ReplicationController t, ReplicationController s) => t with { Status = s.Status },
        (Service t, Service s) => t with { Status = s.Status },
        (ResourceQuota t, ResourceQuota s) => t with { Status = s.Status },
        (PodDisruptionBudget t, PodDisruptionBudget s) => t with { Status = s.Status },
        _ => target,
    };

    /// <summary>The pod admission plugins, then the status a new pod starts with.</summary>
    private Pod AdmitPod(Pod pod)
    {
        var ns = pod.Metadata.Namespace;
        var uid = pod.Metadata.Uid ?? string.Empty;
        var quotas = InNamespace<ResourceQuota>(ns);
        var context = new AdmissionContext
        {
            LimitRanges = InNamespace<LimitRange>(ns),
            ResourceQuotas = quotas,
            PriorityClasses = Store.Live<PriorityClass>(),
            RuntimeClasses = Store.Live<RuntimeClass>(),
            ServiceAccounts = InNamespace<ServiceAccount>(ns),

            // The token volume's five random characters come from the seed and the pod's UID.
            GenerateName = prefix => Identities.GeneratedNameFor(prefix, uid),

            // Only quota charges existing pods; skipping the list keeps creating a large fleet linear.
            Pods = quotas.Count > 0 ? InNamespace<Pod>(ns) : [],
            Now = _startTime + _now(),
        };
        var admission = PodAdmission.Admit(pod, context);
        if (!admission.Admitted)
        {
            var error = admission.Errors[0];
            throw new ApiStatusException(error.Plugin == AdmissionPlugins.Validation ? ApiStatusReason.Invalid : ApiStatusReason.Forbidden, error.Message)
            {
                AdmissionPlugin = error.Plugin,
            };
        }

        pod = admission.Pod;
        return pod with
        {
            Status = (pod.Status ?? new PodStatus()) with
            {
                Phase = PodPhases.Pending,
                QosClass = pod.Status?.QosClass ?? Qos.QosRules.ComputeDefaultedPodQos(pod.Spec!),
            },
        };
    }

    private List<T> InNamespace<T>(string? ns)
        where T : KubeObject
    {
        var all = Store.Live<T>();
        all.RemoveAll(o => o.Metadata.Namespace != ns);
        return all;
    }

    private static ApiStatusException NotFound(string? kind, string? name) =>
        new(ApiStatusReason.NotFound, ApiResources.PluralOf(kind) + " \"" + name + "\" not found");

    /// <summary>The API server's 422: <c>Pod "web" is invalid: field: detail</c>, several causes in brackets.</summary>
    private static ApiStatusException Invalid(KubeObject obj, IReadOnlyList<FieldError> errors)
    {
        var causes = errors.Count == 1 ? errors[0].ToString() : "[" + string.Join(", ", errors.Select(e => e.ToString())) + "]";
        return new ApiStatusException(ApiStatusReason.Invalid, obj.Kind + " \"" + (obj.Metadata.Name ?? obj.Metadata.GenerateName) + "\" is invalid: " + causes)
        {
            Causes = errors,
        };
    }

}
