using PodSim.Model;

namespace PodSim.Validation;

/// <summary>
/// Update rules of the workload kinds and of ConfigMaps and Secrets: <c>pkg/apis/apps/validation/validation.go</c>
/// (with the apps/v1 selector check of <c>pkg/registry/apps/*/strategy.go</c>), <c>pkg/apis/batch/validation/validation.go</c>
/// and <c>pkg/apis/core/validation/validation.go</c>. Names are not re-validated on update, as upstream.
/// </summary>
internal static class WorkloadUpdateValidation
{
    /// <summary>The Forbidden detail of a StatefulSet spec change outside the mutable fields (Kubernetes 1.35).</summary>
    public const string StatefulSetSpecForbidden =
        "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden";

    private const string ImmutableWhenSet = "field is immutable when `immutable` is set";

    private static FieldPath Spec => FieldPath.New("spec");

    private static FieldPath Meta => FieldPath.New("metadata");

    public static List<FieldError> ValidateDeploymentUpdate(Deployment updated, Deployment old)
    {
        var spec = updated.Spec ?? new DeploymentSpec();
        var errs = MetadataUpdateValidation.Validate(updated.Metadata, old.Metadata, Meta);
        errs.AddRange(WorkloadValidation.ValidateDeploymentSpec(spec, Spec));
        MetadataUpdateValidation.Immutable(errs, spec.Selector, old.Spec?.Selector, Spec.Child("selector"));
        return errs;
    }

    public static List<FieldError> ValidateReplicaSetUpdate(ReplicaSet updated, ReplicaSet old)
    {
        var spec = updated.Spec ?? new ReplicaSetSpec();
        var errs = MetadataUpdateValidation.Validate(updated.Metadata, old.Metadata, Meta);
        errs.AddRange(WorkloadValidation.ValidateReplicaSetSpec(spec, Spec));
        MetadataUpdateValidation.Immutable(errs, spec.Selector, old.Spec?.Selector, Spec.Child("selector"));
        return errs;
    }

    public static List<FieldError> ValidateDaemonSetUpdate(DaemonSet updated, DaemonSet old)
    {
        var spec = updated.Spec ?? new DaemonSetSpec();
        var errs = MetadataUpdateValidation.Validate(updated.Metadata, old.Metadata, Meta);
        errs.AddRange(WorkloadValidation.ValidateDaemonSetSpec(spec, Spec));
        MetadataUpdateValidation.Immutable(errs, spec.Selector, old.Spec?.Selector, Spec.Child("selector"));
        return errs;
    }

    /// <summary>
    /// <c>ValidateStatefulSetUpdate</c>: the new spec, the metadata rules, then any change outside replicas, ordinals,
    /// template, updateStrategy, revisionHistoryLimit, persistentVolumeClaimRetentionPolicy and minReadySeconds
    /// (a changed selector included) is one Forbidden error on <c>spec</c>.
    /// </summary>
    public static List<FieldError> ValidateStatefulSetUpdate(StatefulSet updated, StatefulSet old)
    {
        var spec = updated.Spec ?? new StatefulSetSpec();
        var oldSpec = old.Spec ?? new StatefulSetSpec();
        var errs = WorkloadValidation.ValidateStatefulSetSpec(spec, Spec);
        errs.AddRange(MetadataUpdateValidation.Validate(updated.Metadata, old.Metadata, Meta));
        var rest = spec with
        {
            Replicas = oldSpec.Replicas,
            Template = oldSpec.Template,
            UpdateStrategy = oldSpec.UpdateStrategy,
            MinReadySeconds = oldSpec.MinReadySeconds,
            Ordinals = oldSpec.Ordinals,
            RevisionHistoryLimit = oldSpec.RevisionHistoryLimit,
            PersistentVolumeClaimRetentionPolicy = oldSpec.PersistentVolumeClaimRetentionPolicy,
        };
        if (!ModelDiff.AreEqual(rest, oldSpec))
        {
            errs.Add(FieldError.Forbidden(Spec, StatefulSetSpecForbidden));
        }

        return errs;
    }

    /// <summary>
    /// The Job registry's update validation: the new Job as on create, the metadata rules, then <c>ValidateJobUpdate</c>:
    /// completions (only an Indexed Job may change it, together with parallelism), selector, template (its node
    /// selector, affinity, tolerations, scheduling gates, labels and annotations may change while the old Job is
    /// suspended and has never started), completionMode, podFailurePolicy, backoffLimitPerIndex, managedBy and
    /// successPolicy are immutable. The template's bad value is printed as v1 JSON.
    /// </summary>
    public static List<FieldError> ValidateJobUpdate(Job updated, Job old)
    {
        var spec = updated.Spec ?? new JobSpec();
        var oldSpec = old.Spec ?? new JobSpec();
        // pkg/registry/batch/job/strategy.go validates the new Job as on create, then the update.
        var errs = WorkloadValidation.ValidateJob(updated);
        errs.AddRange(MetadataUpdateValidation.Validate(updated.Metadata, old.Metadata, Meta));
        ValidateCompletions(errs, spec, oldSpec);
        MetadataUpdateValidation.Immutable(errs, spec.Selector, oldSpec.Selector, Spec.Child("selector"));
        var oldTemplate = oldSpec.Template;
        if (oldSpec.Suspend == true && !HasStarted(old) && oldTemplate is not null && spec.Template is { } template)
        {
            // The Job was suspended and never ran (validationOptionsForJob): it may still retarget its pods.
            var podSpec = template.Spec ?? new PodSpec();
            oldTemplate = oldTemplate with
            {
                Metadata = (oldTemplate.Metadata ?? new ObjectMeta()) with
                {
                    Labels = template.Metadata?.Labels ?? EmptyMap.Strings,
                    Annotations = template.Metadata?.Annotations ?? EmptyMap.Strings,
                },
                Spec = (oldTemplate.Spec ?? new PodSpec()) with
                {
                    NodeSelector = podSpec.NodeSelector,
                    Affinity = podSpec.Affinity,
                    Tolerations = podSpec.Tolerations,
                    SchedulingGates = podSpec.SchedulingGates,
                },
            };
        }

        MetadataUpdateValidation.Immutable(errs, spec.Template, oldTemplate, Spec.Child("template"));
        MetadataUpdateValidation.Immutable(errs, spec.CompletionMode, oldSpec.CompletionMode, Spec.Child("completionMode"));
        MetadataUpdateValidation.Immutable(errs, spec.PodFailurePolicy, oldSpec.PodFailurePolicy, Spec.Child("podFailurePolicy"));
        MetadataUpdateValidation.Immutable(errs, spec.BackoffLimitPerIndex, oldSpec.BackoffLimitPerIndex, Spec.Child("backoffLimitPerIndex"));
        MetadataUpdateValidation.Immutable(errs, spec.ManagedBy, oldSpec.ManagedBy, Spec.Child("managedBy"));
        MetadataUpdateValidation.Immutable(errs, spec.SuccessPolicy, oldSpec.SuccessPolicy, Spec.Child("successPolicy"));
        return errs;
    }

    /// <summary><c>ValidateCronJobUpdate</c>: metadata and the new spec; the 52-character name limit is create-only.</summary>
    public static List<FieldError> ValidateCronJobUpdate(CronJob updated, CronJob old)
    {
        var errs = MetadataUpdateValidation.Validate(updated.Metadata, old.Metadata, Meta);
        errs.AddRange(WorkloadValidation.ValidateCronJobSpec(updated.Spec ?? new CronJobSpec(), Spec));
        return errs;
    }

    /// <summary><c>ValidateReplicationControllerUpdate</c>: metadata and the new spec; its selector may change.</summary>
    public static List<FieldError> ValidateReplicationControllerUpdate(ReplicationController updated, ReplicationController old)
    {
        var errs = MetadataUpdateValidation.Validate(updated.Metadata, old.Metadata, Meta);
        errs.AddRange(WorkloadValidation.ValidateReplicationControllerSpec(updated.Spec ?? new ReplicationControllerSpec(), Spec));
        return errs;
    }

    /// <summary><c>ValidateConfigMapUpdate</c>: once <c>immutable</c> is true, it and the data stay as they are.</summary>
    public static List<FieldError> ValidateConfigMapUpdate(ConfigMap updated, ConfigMap old)
    {
        var errs = MetadataUpdateValidation.Validate(updated.Metadata, old.Metadata, Meta);
        if (old.Immutable == true)
        {
            if (updated.Immutable != true)
            {
                errs.Add(FieldError.Forbidden(FieldPath.New("immutable"), ImmutableWhenSet));
            }

            if (!ModelDiff.AreEqual(updated.Data, old.Data))
            {
                errs.Add(FieldError.Forbidden(FieldPath.New("data"), ImmutableWhenSet));
            }

            if (!ModelDiff.AreEqual(updated.BinaryData, old.BinaryData))
            {
                errs.Add(FieldError.Forbidden(FieldPath.New("binaryData"), ImmutableWhenSet));
            }
        }

        errs.AddRange(ObjectValidator.ValidateDefaulted(updated));
        return errs;
    }

    /// <summary>
    /// <c>ValidateSecretUpdate</c>: the type may not change (an empty type keeps the old one), and once
    /// <c>immutable</c> is true, it and the data stay as they are.
    /// </summary>
    public static List<FieldError> ValidateSecretUpdate(Secret updated, Secret old)
    {
        var errs = MetadataUpdateValidation.Validate(updated.Metadata, old.Metadata, Meta);
        var type = string.IsNullOrEmpty(updated.Type) ? old.Type ?? string.Empty : updated.Type;
        MetadataUpdateValidation.Immutable(errs, MetadataUpdateValidation.NamedString(type), MetadataUpdateValidation.NamedString(old.Type), FieldPath.New("type"));
        if (old.Immutable == true)
        {
            if (updated.Immutable != true)
            {
                errs.Add(FieldError.Forbidden(FieldPath.New("immutable"), ImmutableWhenSet));
            }

            // stringData is merged into data before validation, so data alone is compared.
            if (!ModelDiff.AreEqual(updated.Data, old.Data))
            {
                errs.Add(FieldError.Forbidden(FieldPath.New("data"), ImmutableWhenSet));
            }
        }

        errs.AddRange(ObjectValidator.ValidateDefaulted(updated));
        return errs;
    }

    /// <summary><c>ValidatePriorityClassUpdate</c>: the value and the preemption policy are fixed at creation.</summary>
    public static List<FieldError> ValidatePriorityClassUpdate(PriorityClass updated, PriorityClass old)
    {
        var errs = MetadataUpdateValidation.Validate(updated.Metadata, old.Metadata, Meta);
        if ((updated.Value ?? 0) != (old.Value ?? 0))
        {
            errs.Add(FieldError.Forbidden(FieldPath.New("value"), "may not be changed in an update."));
        }

        MetadataUpdateValidation.Immutable(errs, updated.PreemptionPolicy, old.PreemptionPolicy, FieldPath.New("preemptionPolicy"));
        return errs;
    }

    /// <summary><c>ValidateRuntimeClassUpdate</c>: the handler is fixed at creation.</summary>
    public static List<FieldError> ValidateRuntimeClassUpdate(RuntimeClass updated, RuntimeClass old)
    {
        var errs = MetadataUpdateValidation.Validate(updated.Metadata, old.Metadata, Meta);
        MetadataUpdateValidation.Immutable(errs, updated.Handler ?? string.Empty, old.Handler ?? string.Empty, FieldPath.New("handler"));
        return errs;
    }

    /// <summary>
    /// <c>validateCompletions</c> (ElasticIndexedJob, GA): completions is immutable except on an Indexed Job, where it
    /// may change only to equal parallelism.
    /// </summary>
    private static void ValidateCompletions(List<FieldError> errs, JobSpec spec, JobSpec oldSpec)
    {
        var path = Spec.Child("completions");
        if (spec.CompletionMode != "Indexed")
        {
            MetadataUpdateValidation.Immutable(errs, spec.Completions, oldSpec.Completions, path);
            return;
        }

        if (spec.Completions == oldSpec.Completions || spec.Completions is not { } completions)
        {
            return;
        }

        if (completions != spec.Parallelism)
        {
            errs.Add(FieldError.Invalid(path, completions, "can only be modified in tandem with spec.parallelism"));
        }
    }

    private static bool HasStarted(Job job) =>
        job.Status is FreeformMapping status && status.TryGetValue("startTime", out var start) && start is FreeformScalar { Kind: not FreeformScalarKind.Null };
}
