using PodSim.Model;

namespace PodSim.Validation;

/// <summary>Validates any supported top-level object the way the API server does on create.</summary>
public static class ObjectValidator
{
    /// <summary>
    /// Validates a defaulted object: Pods with <see cref="PodValidation.ValidatePod"/>; workloads (Deployment, ReplicaSet,
    /// StatefulSet, DaemonSet, Job, CronJob, ReplicationController) with metadata, selector, template and restartPolicy
    /// rules; Services (DNS-1035 names) and other known kinds with metadata checks. Unknown types give no errors.
    /// </summary>
    /// <param name="obj">The object.</param>
    /// <returns>The errors, empty when the object is valid.</returns>
    public static IReadOnlyList<FieldError> Validate(KubeObject obj)
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
}
