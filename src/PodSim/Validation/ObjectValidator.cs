using PodSim.Model;

namespace PodSim.Validation;

/// <summary>Validates any supported top-level object the way the API server does on create and on update.</summary>
public static class ObjectValidator
{
    /// <summary>
    /// The first line of the detail of the <c>spec: Forbidden</c> error a pod update gets when it changes a field other
    /// than the mutable ones (<c>updatablePodSpecFields</c> in <c>pkg/apis/core/validation/validation.go</c>, 1.35).
    /// </summary>
    public const string PodSpecUpdateForbidden = PodUpdateValidation.SpecUpdateForbidden;

    /// <summary>The detail of the <c>spec: Forbidden</c> error a StatefulSet update gets when it changes a fixed field.</summary>
    public const string StatefulSetSpecUpdateForbidden = WorkloadUpdateValidation.StatefulSetSpecForbidden;

    /// <summary>
    /// Validates an object as the API server does on create, after its defaulting: a copy of the object gets
    /// <see cref="Defaulting.ApiDefaults.Apply"/> first (the object itself is not changed), so a manifest as loaded
    /// gets no <c>Required value</c> for a field the API server fills in, and a defaulted object is validated as it
    /// is. Pods with <see cref="PodValidation.ValidatePod"/>; workloads (Deployment, ReplicaSet, StatefulSet,
    /// DaemonSet, Job, CronJob, ReplicationController) with metadata, selector, template and restartPolicy rules;
    /// Services (DNS-1035 names) and other known kinds with metadata checks. Unknown types give no errors.
    /// </summary>
    /// <param name="obj">The object, defaulted or not.</param>
    /// <returns>The errors, empty when the object is valid.</returns>
    public static IReadOnlyList<FieldError> Validate(KubeObject obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return ValidateDefaulted(Defaulting.ApiDefaults.Apply(obj));
    }

    /// <summary>
    /// <see cref="Validate"/> without the defaulting, for the API server's write path and the other callers that hold
    /// the defaulted object already (defaulting is idempotent, so this only saves the walk).
    /// </summary>
    /// <param name="obj">The defaulted object.</param>
    /// <returns>The errors, empty when the object is valid.</returns>
    internal static IReadOnlyList<FieldError> ValidateDefaulted(KubeObject obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var meta = FieldPath.New("metadata");
        return obj switch
        {
            Pod pod => PodValidation.ValidatePod(pod),
            Deployment d => WorkloadValidation.ValidateDeployment(d),
            ReplicaSet rs => WorkloadValidation.ValidateReplicaSet(rs),
            StatefulSet sts => WorkloadValidation.ValidateStatefulSet(sts),
            DaemonSet ds => WorkloadValidation.ValidateDaemonSet(ds),
            Job job => WorkloadValidation.ValidateJob(job),
            CronJob cj => WorkloadValidation.ValidateCronJob(cj),
            ReplicationController rc => WorkloadValidation.ValidateReplicationController(rc),
            Service svc => PodValidation.ValidateObjectMeta(svc.Metadata, true, NameValidation.NameIsDns1035Label, meta),
            ConfigMap or Secret or ServiceAccount or LimitRange or ResourceQuota or PodDisruptionBudget =>
                PodValidation.ValidateObjectMeta(obj.Metadata, true, NameValidation.NameIsDnsSubdomain, meta),
            Scenarios.Scenario scenario => ScenarioValidation.Validate(scenario),
            Node or PriorityClass or RuntimeClass => PodValidation.ValidateObjectMeta(obj.Metadata, false, NameValidation.NameIsDnsSubdomain, meta),
            _ => [],
        };
    }

    /// <summary>
    /// Validates an update of a defaulted object against the stored one, as the API server does on a write of the
    /// main resource: the metadata rules of <c>ValidateObjectMetaUpdate</c> (a resourceVersion present; name,
    /// namespace, uid, creationTimestamp, deletionTimestamp and deletionGracePeriodSeconds unchanged; generation not
    /// decremented; no new finalizers while deleting; valid labels, annotations and owner references), the kind's
    /// create-time validation of the new object where upstream repeats it, and the kind's update rules.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Kind rules: a Pod may change only container and init container images, <c>activeDeadlineSeconds</c> (set, or
    /// lowered), tolerations (additions; tolerationSeconds may change), <c>terminationGracePeriodSeconds</c> (from a
    /// negative value to 1) and scheduling gates (removals); a gated pod may also gain nodeSelector entries and
    /// required node affinity requirements. Any other spec change gives one error at <c>spec</c>:
    /// <see cref="PodSpecUpdateForbidden"/>, a newline, and a diff of the specs. Upstream prints <c>cmp.Diff</c> of
    /// its internal Go types there, whose layout go-cmp keeps deliberately unstable; PodSim prints instead one line
    /// per changed field in field order, <c>- spec.path: old</c> and <c>+ spec.path: new</c>, values as compact JSON
    /// (a field set on one side only gives one line).
    /// Deployment, ReplicaSet and DaemonSet selectors, and a Job's selector, template, completions (an Indexed Job
    /// may change it together with parallelism), completionMode, podFailurePolicy, backoffLimitPerIndex, managedBy
    /// and successPolicy are immutable (<c>field is immutable</c>); a StatefulSet may change only replicas, ordinals,
    /// template, updateStrategy, revisionHistoryLimit, persistentVolumeClaimRetentionPolicy and minReadySeconds
    /// (<see cref="StatefulSetSpecUpdateForbidden"/>). A ConfigMap or Secret with <c>immutable: true</c> keeps its
    /// data and the flag, a Secret its type, a PriorityClass its value and preemption policy, a RuntimeClass its
    /// handler. Other kinds get the metadata rules and their create-time validation.
    /// </para>
    /// <para>
    /// Both objects are validated as given: the registry's <c>PrepareForUpdate</c> (for a Pod, keeping the old
    /// status; filling an unconditional update's resourceVersion) is the caller's, and so are deletionTimestamp and
    /// deletionGracePeriodSeconds, which only a delete sets. A Job's template, when immutable, is printed as v1 JSON
    /// in the error (upstream marshals its internal type). Validation options that upstream
    /// relaxes for objects already stored with values now invalid are not modelled. Errors that upstream reports
    /// twice are reported once, as the API server's message shows them.
    /// </para>
    /// </remarks>
    /// <param name="newObj">The object as it would be stored.</param>
    /// <param name="oldObj">The stored object; the same kind as <paramref name="newObj"/>.</param>
    /// <returns>The errors, empty when the update is allowed.</returns>
    /// <exception cref="ArgumentException">The two objects are of different kinds.</exception>
    public static IReadOnlyList<FieldError> ValidateUpdate(KubeObject newObj, KubeObject oldObj)
    {
        ArgumentNullException.ThrowIfNull(newObj);
        ArgumentNullException.ThrowIfNull(oldObj);
        SameKind(newObj, oldObj);
        var meta = FieldPath.New("metadata");
        List<FieldError> errs = (newObj, oldObj) switch
        {
            (Pod n, Pod o) => PodUpdateValidation.ValidatePodUpdate(n, o),
            (Deployment n, Deployment o) => WorkloadUpdateValidation.ValidateDeploymentUpdate(n, o),
            (ReplicaSet n, ReplicaSet o) => WorkloadUpdateValidation.ValidateReplicaSetUpdate(n, o),
            (StatefulSet n, StatefulSet o) => WorkloadUpdateValidation.ValidateStatefulSetUpdate(n, o),
            (DaemonSet n, DaemonSet o) => WorkloadUpdateValidation.ValidateDaemonSetUpdate(n, o),
            (Job n, Job o) => WorkloadUpdateValidation.ValidateJobUpdate(n, o),
            (CronJob n, CronJob o) => WorkloadUpdateValidation.ValidateCronJobUpdate(n, o),
            (ReplicationController n, ReplicationController o) => WorkloadUpdateValidation.ValidateReplicationControllerUpdate(n, o),
            (ConfigMap n, ConfigMap o) => WorkloadUpdateValidation.ValidateConfigMapUpdate(n, o),
            (Secret n, Secret o) => WorkloadUpdateValidation.ValidateSecretUpdate(n, o),
            (PriorityClass n, PriorityClass o) => WorkloadUpdateValidation.ValidatePriorityClassUpdate(n, o),
            (RuntimeClass n, RuntimeClass o) => WorkloadUpdateValidation.ValidateRuntimeClassUpdate(n, o),
            (Scenarios.Scenario n, _) => [.. ScenarioValidation.Validate(n)],
            _ => [.. MetadataUpdateValidation.Validate(newObj.Metadata, oldObj.Metadata, meta), .. ValidateDefaulted(newObj)],
        };
        return Distinct(errs);
    }

    /// <summary>
    /// Validates a write of the status subresource. For a Pod (<c>ValidatePodStatusUpdate</c>): the metadata rules,
    /// the AppArmor and mirror-pod annotations unchanged, custom condition types qualified names (reported at
    /// <c>metadata.conditions[i].Type</c>, as upstream does), <c>spec.nodeName</c> unchanged (<c>status.nodeName:
    /// Forbidden: may not be changed directly</c>), a new nominatedNodeName a DNS subdomain, qosClass unchanged, no
    /// terminated container back to running unless its restart policy allows, and valid pod and host IPs (the
    /// family check runs only when every address parses). Other kinds get the metadata rules.
    /// </summary>
    /// <remarks>
    /// The status strategy's <c>PrepareForUpdate</c> (the new spec replaced by the old one) is the caller's.
    /// Resource claim statuses, container users and allocated resource statuses, and the workload kinds' status
    /// rules are not checked.
    /// </remarks>
    /// <param name="newObj">The object with its new status.</param>
    /// <param name="oldObj">The stored object; the same kind as <paramref name="newObj"/>.</param>
    /// <returns>The errors, empty when the write is allowed.</returns>
    /// <exception cref="ArgumentException">The two objects are of different kinds.</exception>
    public static IReadOnlyList<FieldError> ValidateStatusUpdate(KubeObject newObj, KubeObject oldObj)
    {
        ArgumentNullException.ThrowIfNull(newObj);
        ArgumentNullException.ThrowIfNull(oldObj);
        SameKind(newObj, oldObj);
        var errs = (newObj, oldObj) is (Pod n, Pod o)
            ? PodUpdateValidation.ValidatePodStatusUpdate(n, o)
            : MetadataUpdateValidation.Validate(newObj.Metadata, oldObj.Metadata, FieldPath.New("metadata"));
        return Distinct(errs);
    }

    private static void SameKind(KubeObject newObj, KubeObject oldObj)
    {
        if (newObj.GetType() != oldObj.GetType())
        {
            throw new ArgumentException($"cannot validate an update from {oldObj.GetType().Name} to {newObj.GetType().Name}", nameof(newObj));
        }
    }

    // field.ErrorList.ToAggregate drops repeated messages; update validation repeats some create-time checks.
    private static List<FieldError> Distinct(List<FieldError> errs)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return errs.Where(e => seen.Add(e.ToString())).ToList();
    }
}
