using PodSim.Model;

namespace PodSim.Defaulting;

public static partial class ApiDefaults
{
    /// <summary>
    /// Applies the Deployment defaults (<c>apps/v1 SetDefaults_Deployment</c>): <c>replicas</c> 1, strategy
    /// <c>RollingUpdate</c> with <c>maxUnavailable</c> and <c>maxSurge</c> <c>"25%"</c> (only when the type is
    /// RollingUpdate), <c>revisionHistoryLimit</c> 10, <c>progressDeadlineSeconds</c> 600, the pod template defaults
    /// and namespace <c>default</c>.
    /// </summary>
    /// <param name="deployment">The deployment.</param>
    /// <returns>The defaulted deployment, or <paramref name="deployment"/> itself when nothing was unset.</returns>
    public static Deployment ApplyDeployment(Deployment deployment)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        var spec = deployment.Spec ?? new DeploymentSpec();
        var strategy = spec.Strategy ?? new DeploymentStrategy();
        strategy = Unchanged.Keep(strategy, strategy with { Type = strategy.Type.OrIfEmpty(DefaultValues.RollingUpdate) });
        if (strategy.Type == DefaultValues.RollingUpdate)
        {
            var rollingUpdate = strategy.RollingUpdate ?? new RollingUpdateDeployment();
            rollingUpdate = Unchanged.Keep(rollingUpdate, rollingUpdate with
            {
                MaxUnavailable = rollingUpdate.MaxUnavailable ?? DefaultValues.DeploymentRollingUpdatePercent,
                MaxSurge = rollingUpdate.MaxSurge ?? DefaultValues.DeploymentRollingUpdatePercent,
            });
            strategy = Unchanged.Keep(strategy, strategy with { RollingUpdate = rollingUpdate });
        }

        spec = Unchanged.Keep(spec, spec with
        {
            Replicas = spec.Replicas ?? 1,
            Strategy = strategy,
            RevisionHistoryLimit = spec.RevisionHistoryLimit ?? DefaultValues.RevisionHistoryLimit,
            ProgressDeadlineSeconds = spec.ProgressDeadlineSeconds ?? DefaultValues.ProgressDeadlineSeconds,
            Template = ApplyPodTemplate(spec.Template),
        });
        return Unchanged.Keep(deployment, deployment with { Metadata = DefaultNamespace(deployment.Metadata), Spec = spec });
    }

    /// <summary>
    /// Applies the ReplicaSet defaults: <c>replicas</c> 1, the pod template defaults and namespace <c>default</c>.
    /// </summary>
    /// <param name="replicaSet">The replica set.</param>
    /// <returns>The defaulted replica set, or <paramref name="replicaSet"/> itself when nothing was unset.</returns>
    public static ReplicaSet ApplyReplicaSet(ReplicaSet replicaSet)
    {
        ArgumentNullException.ThrowIfNull(replicaSet);
        var spec = replicaSet.Spec ?? new ReplicaSetSpec();
        spec = Unchanged.Keep(spec, spec with { Replicas = spec.Replicas ?? 1, Template = ApplyPodTemplate(spec.Template) });
        return Unchanged.Keep(replicaSet, replicaSet with { Metadata = DefaultNamespace(replicaSet.Metadata), Spec = spec });
    }

    /// <summary>
    /// Applies the DaemonSet defaults: update strategy <c>RollingUpdate</c> with <c>maxUnavailable</c> 1 and
    /// <c>maxSurge</c> 0 as integers (only when the type is RollingUpdate), <c>revisionHistoryLimit</c> 10, the pod
    /// template defaults and namespace <c>default</c>.
    /// </summary>
    /// <param name="daemonSet">The daemon set.</param>
    /// <returns>The defaulted daemon set, or <paramref name="daemonSet"/> itself when nothing was unset.</returns>
    public static DaemonSet ApplyDaemonSet(DaemonSet daemonSet)
    {
        ArgumentNullException.ThrowIfNull(daemonSet);
        var spec = daemonSet.Spec ?? new DaemonSetSpec();
        var strategy = spec.UpdateStrategy ?? new DaemonSetUpdateStrategy();
        strategy = Unchanged.Keep(strategy, strategy with { Type = strategy.Type.OrIfEmpty(DefaultValues.RollingUpdate) });
        if (strategy.Type == DefaultValues.RollingUpdate)
        {
            var rollingUpdate = strategy.RollingUpdate ?? new RollingUpdateDaemonSet();
            rollingUpdate = Unchanged.Keep(rollingUpdate, rollingUpdate with
            {
                MaxUnavailable = rollingUpdate.MaxUnavailable ?? 1,
                MaxSurge = rollingUpdate.MaxSurge ?? 0,
            });
            strategy = Unchanged.Keep(strategy, strategy with { RollingUpdate = rollingUpdate });
        }

        spec = Unchanged.Keep(spec, spec with
        {
            UpdateStrategy = strategy,
            RevisionHistoryLimit = spec.RevisionHistoryLimit ?? DefaultValues.RevisionHistoryLimit,
            Template = ApplyPodTemplate(spec.Template),
        });
        return Unchanged.Keep(daemonSet, daemonSet with { Metadata = DefaultNamespace(daemonSet.Metadata), Spec = spec });
    }

    /// <summary>
    /// Applies the StatefulSet defaults: <c>podManagementPolicy</c> <c>OrderedReady</c>; an empty update strategy
    /// type becomes <c>RollingUpdate</c> and gets a <c>rollingUpdate</c> block when it has none; a RollingUpdate
    /// strategy that has a <c>rollingUpdate</c> block gets <c>partition</c> 0 (so an explicit RollingUpdate type
    /// without a block keeps none); volume claim retention <c>Retain</c>/<c>Retain</c>; <c>replicas</c> 1;
    /// <c>revisionHistoryLimit</c> 10; the pod template defaults and namespace <c>default</c>.
    /// </summary>
    /// <param name="statefulSet">The stateful set.</param>
    /// <returns>The defaulted stateful set, or <paramref name="statefulSet"/> itself when nothing was unset.</returns>
    public static StatefulSet ApplyStatefulSet(StatefulSet statefulSet)
    {
        ArgumentNullException.ThrowIfNull(statefulSet);
        var spec = statefulSet.Spec ?? new StatefulSetSpec();
        var strategy = spec.UpdateStrategy ?? new StatefulSetUpdateStrategy();
        if (string.IsNullOrEmpty(strategy.Type))
        {
            strategy = strategy with
            {
                Type = DefaultValues.RollingUpdate,
                RollingUpdate = strategy.RollingUpdate ?? new RollingUpdateStatefulSetStrategy(),
            };
        }

        if (strategy is { Type: DefaultValues.RollingUpdate, RollingUpdate: { Partition: null } rollingUpdate })
        {
            strategy = strategy with { RollingUpdate = rollingUpdate with { Partition = 0 } };
        }

        // StatefulSetAutoDeletePVC is GA, so the retention policy is always defaulted.
        var retention = spec.PersistentVolumeClaimRetentionPolicy ?? new StatefulSetPersistentVolumeClaimRetentionPolicy();
        retention = Unchanged.Keep(retention, retention with
        {
            WhenDeleted = retention.WhenDeleted.OrIfEmpty(DefaultValues.PersistentVolumeClaimRetention),
            WhenScaled = retention.WhenScaled.OrIfEmpty(DefaultValues.PersistentVolumeClaimRetention),
        });

        spec = Unchanged.Keep(spec, spec with
        {
            PodManagementPolicy = spec.PodManagementPolicy.OrIfEmpty(DefaultValues.PodManagementPolicy),
            UpdateStrategy = Unchanged.Keep(spec.UpdateStrategy ?? strategy, strategy),
            PersistentVolumeClaimRetentionPolicy = retention,
            Replicas = spec.Replicas ?? 1,
            RevisionHistoryLimit = spec.RevisionHistoryLimit ?? DefaultValues.RevisionHistoryLimit,
            Template = ApplyPodTemplate(spec.Template),
        });
        return Unchanged.Keep(statefulSet, statefulSet with { Metadata = DefaultNamespace(statefulSet.Metadata), Spec = spec });
    }

    /// <summary>
    /// Applies the Job defaults (<c>batch/v1 SetDefaults_Job</c>): <c>completions</c> and <c>parallelism</c> 1 when
    /// both are unset, otherwise <c>parallelism</c> 1 when unset; <c>backoffLimit</c> 6, or 2147483647 with a
    /// <c>backoffLimitPerIndex</c>; the job's labels from the template's when the job has none;
    /// <c>completionMode</c> <c>NonIndexed</c>; <c>suspend</c> and <c>manualSelector</c> false;
    /// <c>podReplacementPolicy</c> <c>Failed</c> with a pod failure policy, else <c>TerminatingOrFailed</c>;
    /// pod failure policy condition patterns without a status get <c>True</c>; the pod template defaults
    /// (the template's <c>restartPolicy</c> also becomes <c>Always</c>, which validation then rejects) and
    /// namespace <c>default</c>.
    /// </summary>
    /// <param name="job">The job.</param>
    /// <returns>The defaulted job, or <paramref name="job"/> itself when nothing was unset.</returns>
    public static Job ApplyJob(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var spec = job.Spec ?? new JobSpec();
        var bothUnset = spec.Completions is null && spec.Parallelism is null;
        spec = Unchanged.Keep(spec, spec with
        {
            Completions = bothUnset ? 1 : spec.Completions,
            Parallelism = spec.Parallelism ?? 1,
            BackoffLimit = spec.BackoffLimit
                ?? (spec.BackoffLimitPerIndex is null ? DefaultValues.JobBackoffLimit : DefaultValues.JobBackoffLimitWithPerIndexLimit),
            CompletionMode = spec.CompletionMode.OrIfEmpty(DefaultValues.JobCompletionMode),
            Suspend = spec.Suspend ?? false,
            PodReplacementPolicy = spec.PodReplacementPolicy.OrIfEmpty(
                spec.PodFailurePolicy is null ? DefaultValues.PodReplacementPolicy : DefaultValues.PodReplacementPolicyWithFailurePolicy),
            ManualSelector = spec.ManualSelector ?? false,
        });
        spec = ApplyJobSpecNested(spec);

        var metadata = DefaultNamespace(job.Metadata);
        var templateLabels = spec.Template?.Metadata?.Labels ?? EmptyMap.Strings;
        if (metadata.Labels.Count == 0 && templateLabels.Count > 0)
        {
            metadata = metadata with { Labels = templateLabels };
        }

        return Unchanged.Keep(job, job with { Metadata = metadata, Spec = spec });
    }

    /// <summary>
    /// Applies the CronJob defaults (<c>SetDefaults_CronJob</c>): <c>concurrencyPolicy</c> <c>Allow</c>,
    /// <c>suspend</c> false, <c>successfulJobsHistoryLimit</c> 3, <c>failedJobsHistoryLimit</c> 1, namespace
    /// <c>default</c>, and for the job template the defaults upstream's generated defaulter reaches through it:
    /// the pod template defaults and the pod failure policy condition status. The job-level defaults of
    /// <see cref="ApplyJob"/> (backoffLimit, completions, …) are not applied to the template: upstream's
    /// <c>SetDefaults_Job</c> runs on Job objects only, so they appear when the created Job is defaulted.
    /// </summary>
    /// <param name="cronJob">The cron job.</param>
    /// <returns>The defaulted cron job, or <paramref name="cronJob"/> itself when nothing was unset.</returns>
    public static CronJob ApplyCronJob(CronJob cronJob)
    {
        ArgumentNullException.ThrowIfNull(cronJob);
        var spec = cronJob.Spec ?? new CronJobSpec();
        var jobTemplate = spec.JobTemplate ?? new JobTemplateSpec();
        jobTemplate = Unchanged.Keep(jobTemplate, jobTemplate with { Spec = ApplyJobSpecNested(jobTemplate.Spec ?? new JobSpec()) });
        spec = Unchanged.Keep(spec, spec with
        {
            ConcurrencyPolicy = spec.ConcurrencyPolicy.OrIfEmpty(DefaultValues.ConcurrencyPolicy),
            Suspend = spec.Suspend ?? false,
            SuccessfulJobsHistoryLimit = spec.SuccessfulJobsHistoryLimit ?? DefaultValues.SuccessfulJobsHistoryLimit,
            FailedJobsHistoryLimit = spec.FailedJobsHistoryLimit ?? DefaultValues.FailedJobsHistoryLimit,
            JobTemplate = jobTemplate,
        });
        return Unchanged.Keep(cronJob, cronJob with { Metadata = DefaultNamespace(cronJob.Metadata), Spec = spec });
    }

    /// <summary>
    /// Applies the ReplicationController defaults (core/v1): <c>replicas</c> 1 (a <c>+default=1</c> marker); when a
    /// template exists, an empty selector and empty object labels are taken from the template's labels; the pod
    /// template defaults and namespace <c>default</c>. A missing template stays missing (it is a Go pointer here).
    /// </summary>
    /// <param name="controller">The replication controller.</param>
    /// <returns>The defaulted controller, or <paramref name="controller"/> itself when nothing was unset.</returns>
    public static ReplicationController ApplyReplicationController(ReplicationController controller)
    {
        ArgumentNullException.ThrowIfNull(controller);
        var spec = controller.Spec ?? new ReplicationControllerSpec();
        var metadata = DefaultNamespace(controller.Metadata);
        var templateLabels = spec.Template?.Metadata?.Labels ?? EmptyMap.Strings;
        if (templateLabels.Count > 0 && metadata.Labels.Count == 0)
        {
            metadata = metadata with { Labels = templateLabels };
        }

        spec = Unchanged.Keep(spec, spec with
        {
            Replicas = spec.Replicas ?? 1,
            Selector = spec.Selector.Count == 0 && templateLabels.Count > 0 ? templateLabels : spec.Selector,
            Template = spec.Template is null ? null : ApplyPodTemplate(spec.Template),
        });
        return Unchanged.Keep(controller, controller with { Metadata = metadata, Spec = spec });
    }

    // The defaults that reach a JobSpec from both Job and CronJob: the pod template and the pod failure policy.
    private static JobSpec ApplyJobSpecNested(JobSpec spec) =>
        Unchanged.Keep(spec, spec with
        {
            Template = ApplyPodTemplate(spec.Template),
            PodFailurePolicy = spec.PodFailurePolicy is { } policy
                ? Unchanged.Keep(policy, policy with { Rules = Unchanged.Map(policy.Rules, ApplyPodFailurePolicyRule) })
                : null,
        });

    // SetDefaults_PodFailurePolicyOnPodConditionsPattern.
    private static PodFailurePolicyRule ApplyPodFailurePolicyRule(PodFailurePolicyRule rule) =>
        Unchanged.Keep(rule, rule with
        {
            OnPodConditions = Unchanged.Map(
                rule.OnPodConditions,
                pattern => string.IsNullOrEmpty(pattern.Status) ? pattern with { Status = ConditionStatuses.True } : pattern),
        });
}
