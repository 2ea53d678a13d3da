using PodSim.Model;

namespace PodSim.Validation;

/// <summary>Workload spec checks (apps and batch validation, plus the core ReplicationController rules).</summary>
internal static class WorkloadValidation
{
    private const string SelectorMismatch = "`selector` does not match template `labels`";

    public static List<FieldError> ValidateDeployment(Deployment d)
    {
        var errs = Meta(d.Metadata, NameValidation.NameIsDnsSubdomain);
        errs.AddRange(ValidateDeploymentSpec(d.Spec ?? new DeploymentSpec(), FieldPath.New("spec")));
        return errs;
    }

    public static List<FieldError> ValidateDeploymentSpec(DeploymentSpec spec, FieldPath path)
    {
        var errs = new List<FieldError>();
        NonNegative(errs, spec.Replicas ?? 0, path.Child("replicas"));
        errs.AddRange(ValidateSelectorAndTemplate(spec.Selector, spec.Template, "deployment", "ReplicaSet", path));
        if (spec.Strategy is { } strategy)
        {
            var type = strategy.Type ?? string.Empty;
            if (type is not ("Recreate" or "RollingUpdate"))
            {
                errs.Add(type.Length == 0
                    ? FieldError.Required(path.Child("strategy", "type"))
                    : FieldError.NotSupported(path.Child("strategy", "type"), type, "Recreate", "RollingUpdate"));
            }
            else if (type == "Recreate" && strategy.RollingUpdate is not null)
            {
                errs.Add(FieldError.Forbidden(path.Child("strategy", "rollingUpdate"), "may not be specified when strategy `type` is 'Recreate'"));
            }
        }

        NonNegative(errs, spec.MinReadySeconds ?? 0, path.Child("minReadySeconds"));
        if (spec.RevisionHistoryLimit is { } rhl)
        {
            NonNegative(errs, rhl, path.Child("revisionHistoryLimit"));
        }

        if (spec.ProgressDeadlineSeconds is { } pds)
        {
            NonNegative(errs, pds, path.Child("progressDeadlineSeconds"));
            if (pds <= (spec.MinReadySeconds ?? 0))
            {
                errs.Add(FieldError.Invalid(path.Child("progressDeadlineSeconds"), pds, "must be greater than minReadySeconds"));
            }
        }

        return errs;
    }

    public static List<FieldError> ValidateReplicaSet(ReplicaSet rs)
    {
        var errs = Meta(rs.Metadata, NameValidation.NameIsDnsSubdomain);
        errs.AddRange(ValidateReplicaSetSpec(rs.Spec ?? new ReplicaSetSpec(), FieldPath.New("spec")));
        return errs;
    }

    public static List<FieldError> ValidateReplicaSetSpec(ReplicaSetSpec spec, FieldPath path)
    {
        var errs = new List<FieldError>();
        NonNegative(errs, spec.Replicas ?? 0, path.Child("replicas"));
        NonNegative(errs, spec.MinReadySeconds ?? 0, path.Child("minReadySeconds"));
        errs.AddRange(ValidateSelectorAndTemplate(spec.Selector, spec.Template, "deployment", "ReplicaSet", path));
        return errs;
    }

    public static List<FieldError> ValidateStatefulSet(StatefulSet sts)
    {
        var errs = Meta(sts.Metadata, NameValidation.NameIsDnsLabel);
        errs.AddRange(ValidateStatefulSetSpec(sts.Spec ?? new StatefulSetSpec(), FieldPath.New("spec")));
        return errs;
    }

    public static List<FieldError> ValidateStatefulSetSpec(StatefulSetSpec spec, FieldPath path)
    {
        var errs = new List<FieldError>();
        var pmp = spec.PodManagementPolicy ?? string.Empty;
        if (pmp.Length == 0)
        {
            errs.Add(FieldError.Required(path.Child("podManagementPolicy")));
        }
        else if (pmp is not ("OrderedReady" or "Parallel"))
        {
            errs.Add(FieldError.Invalid(path.Child("podManagementPolicy"), pmp, "must be 'OrderedReady' or 'Parallel'"));
        }

        NonNegative(errs, spec.Replicas ?? 0, path.Child("replicas"));
        NonNegative(errs, spec.MinReadySeconds ?? 0, path.Child("minReadySeconds"));
        errs.AddRange(ValidateSelectorAndTemplate(spec.Selector, WithClaimTemplateVolumes(spec), "statefulset", "StatefulSet", path));
        return errs;
    }

    /// <summary>
    /// Each volumeClaimTemplate becomes a volume of every replica, so the template may mount it by name;
    /// upstream validates the template with those volumes added.
    /// </summary>
    private static PodTemplateSpec? WithClaimTemplateVolumes(StatefulSetSpec spec)
    {
        if (spec.Template?.Spec is not { } podSpec || spec.VolumeClaimTemplates.Count == 0)
        {
            return spec.Template;
        }

        var volumes = new List<Volume>(podSpec.Volumes);
        foreach (var claim in spec.VolumeClaimTemplates)
        {
            if (claim is FreeformMapping m && m.TryGetValue("metadata", out var meta) && meta is FreeformMapping metaMap
                && metaMap.GetString("name") is { } name)
            {
                volumes.Add(new Volume { Name = name, PersistentVolumeClaim = new PersistentVolumeClaimVolumeSource { ClaimName = name } });
            }
        }

        return spec.Template with { Spec = podSpec with { Volumes = volumes } };
    }

    public static List<FieldError> ValidateDaemonSet(DaemonSet ds)
    {
        var errs = Meta(ds.Metadata, NameValidation.NameIsDnsSubdomain);
        errs.AddRange(ValidateDaemonSetSpec(ds.Spec ?? new DaemonSetSpec(), FieldPath.New("spec")));
        return errs;
    }

    public static List<FieldError> ValidateDaemonSetSpec(DaemonSetSpec spec, FieldPath path)
    {
        var errs = new List<FieldError>();
        errs.AddRange(ValidateSelectorAndTemplate(spec.Selector, spec.Template, "daemonset", "DaemonSet", path));
        NonNegative(errs, spec.MinReadySeconds ?? 0, path.Child("minReadySeconds"));
        if (spec.RevisionHistoryLimit is { } rhl)
        {
            NonNegative(errs, rhl, path.Child("revisionHistoryLimit"));
        }

        return errs;
    }

    public static List<FieldError> ValidateReplicationController(ReplicationController rc)
    {
        var errs = Meta(rc.Metadata, NameValidation.NameIsDnsSubdomain);
        errs.AddRange(ValidateReplicationControllerSpec(rc.Spec ?? new ReplicationControllerSpec(), FieldPath.New("spec")));
        return errs;
    }

    public static List<FieldError> ValidateReplicationControllerSpec(ReplicationControllerSpec spec, FieldPath path)
    {
        var errs = new List<FieldError>();
        NonNegative(errs, spec.MinReadySeconds ?? 0, path.Child("minReadySeconds"));
        if (spec.Selector.Count == 0)
        {
            errs.Add(FieldError.Required(path.Child("selector")));
        }

        NonNegative(errs, spec.Replicas ?? 0, path.Child("replicas"));
        var tp = path.Child("template");
        if (spec.Template is not { } template)
        {
            errs.Add(FieldError.Required(tp));
            return errs;
        }

        var labels = template.Metadata?.Labels ?? EmptyMap.Strings;
        if (spec.Selector.Count > 0 && !new LabelSelector { MatchLabels = spec.Selector }.Matches(labels))
        {
            errs.Add(FieldError.Invalid(tp.Child("metadata", "labels"), Map(labels), SelectorMismatch));
        }

        errs.AddRange(PodValidation.ValidatePodTemplateSpec(template, tp));
        AlwaysOnly(errs, template, tp, "ReplicationController");
        return errs;
    }

    public static List<FieldError> ValidateJob(Job job)
    {
        var errs = Meta(job.Metadata, NameValidation.NameIsDnsSubdomain);
        errs.AddRange(ValidateJobSpec(job.Spec ?? new JobSpec(), FieldPath.New("spec")));
        return errs;
    }

    public static List<FieldError> ValidateCronJob(CronJob cj)
    {
        var errs = Meta(cj.Metadata, NameValidation.NameIsDnsSubdomain);
        var name = cj.Metadata.Name ?? string.Empty;
        if (name.Length > 52)
        {
            errs.Add(FieldError.Invalid(FieldPath.New("metadata").Child("name"), name, "must be no more than 52 characters"));
        }

        errs.AddRange(ValidateCronJobSpec(cj.Spec ?? new CronJobSpec(), FieldPath.New("spec")));
        return errs;
    }

    public static List<FieldError> ValidateCronJobSpec(CronJobSpec spec, FieldPath path)
    {
        var errs = new List<FieldError>();
        if (string.IsNullOrEmpty(spec.Schedule))
        {
            errs.Add(FieldError.Required(path.Child("schedule")));
        }

        if (spec.StartingDeadlineSeconds is { } sds)
        {
            NonNegative(errs, sds, path.Child("startingDeadlineSeconds"));
        }

        var cp = spec.ConcurrencyPolicy ?? string.Empty;
        if (cp.Length == 0)
        {
            errs.Add(FieldError.Required(path.Child("concurrencyPolicy")));
        }
        else if (cp is not ("Allow" or "Forbid" or "Replace"))
        {
            errs.Add(FieldError.NotSupported(path.Child("concurrencyPolicy"), cp, "Allow", "Forbid", "Replace"));
        }

        if (spec.SuccessfulJobsHistoryLimit is { } s)
        {
            NonNegative(errs, s, path.Child("successfulJobsHistoryLimit"));
        }

        if (spec.FailedJobsHistoryLimit is { } f)
        {
            NonNegative(errs, f, path.Child("failedJobsHistoryLimit"));
        }

        var jt = path.Child("jobTemplate");
        var jobTemplate = spec.JobTemplate ?? new JobTemplateSpec();
        if (jobTemplate.Metadata is { } jtMeta)
        {
            errs.AddRange(LabelValidation.ValidateLabels(jtMeta.Labels, jt.Child("metadata", "labels")));
            errs.AddRange(LabelValidation.ValidateAnnotations(jtMeta.Annotations, jt.Child("metadata", "annotations")));
        }

        errs.AddRange(ValidateJobSpec(jobTemplate.Spec ?? new JobSpec(), jt.Child("spec")));
        return errs;
    }

    public static List<FieldError> ValidateJobSpec(JobSpec spec, FieldPath path)
    {
        var errs = new List<FieldError>();
        if (spec.Parallelism is { } par)
        {
            NonNegative(errs, par, path.Child("parallelism"));
        }

        if (spec.Completions is { } comp)
        {
            NonNegative(errs, comp, path.Child("completions"));
        }

        if (spec.ActiveDeadlineSeconds is { } ads && ads <= 0)
        {
            errs.Add(FieldError.Invalid(path.Child("activeDeadlineSeconds"), ads, "must be greater than zero"));
        }

        if (spec.BackoffLimit is { } bl)
        {
            NonNegative(errs, bl, path.Child("backoffLimit"));
        }

        if (spec.TtlSecondsAfterFinished is { } ttl)
        {
            NonNegative(errs, ttl, path.Child("ttlSecondsAfterFinished"));
        }

        // The server generates the selector (controller-uid) when the user leaves it out, so a missing one is fine here.
        var tp = path.Child("template");
        var template = spec.Template ?? new PodTemplateSpec();
        var labels = template.Metadata?.Labels ?? EmptyMap.Strings;
        if (spec.Selector is { } selector)
        {
            errs.AddRange(LabelValidation.ValidateLabelSelector(selector, path.Child("selector")));
            if (!selector.Matches(labels))
            {
                errs.Add(FieldError.Invalid(tp.Child("metadata", "labels"), Map(labels), SelectorMismatch));
            }
        }

        errs.AddRange(PodValidation.ValidatePodTemplateSpec(template, tp));
        var rp = template.Spec?.RestartPolicy ?? string.Empty;
        if (rp is not (RestartPolicies.OnFailure or RestartPolicies.Never))
        {
            errs.Add(FieldError.NotSupported(tp.Child("spec", "restartPolicy"), rp, RestartPolicies.OnFailure, RestartPolicies.Never));
        }
        else if (rp == RestartPolicies.OnFailure && spec.PodFailurePolicy is not null)
        {
            errs.Add(FieldError.Invalid(tp.Child("spec", "restartPolicy"), rp, "only \"Never\" is supported when podFailurePolicy is specified"));
        }

        return errs;
    }

    private static List<FieldError> ValidateSelectorAndTemplate(LabelSelector? selector, PodTemplateSpec? template, string emptyKind, string adsKind, FieldPath path)
    {
        var errs = new List<FieldError>();
        var sp = path.Child("selector");
        if (selector is null)
        {
            errs.Add(FieldError.Required(sp));
        }
        else
        {
            errs.AddRange(LabelValidation.ValidateLabelSelector(selector, sp));
            if (selector.MatchLabels.Count + selector.MatchExpressions.Count == 0)
            {
                errs.Add(FieldError.Invalid(sp, new Dictionary<string, object?>(), "empty selector is invalid for " + emptyKind));
            }
        }

        var tp = path.Child("template");
        if (template is null)
        {
            errs.Add(FieldError.Required(tp));
            return errs;
        }

        var labels = template.Metadata?.Labels ?? EmptyMap.Strings;
        if (selector is not null && selector.MatchLabels.Count + selector.MatchExpressions.Count > 0 && !selector.Matches(labels))
        {
            errs.Add(FieldError.Invalid(tp.Child("metadata", "labels"), Map(labels), SelectorMismatch));
        }

        errs.AddRange(PodValidation.ValidatePodTemplateSpec(template, tp));
        AlwaysOnly(errs, template, tp, adsKind);
        return errs;
    }

    private static void AlwaysOnly(List<FieldError> errs, PodTemplateSpec template, FieldPath tp, string kind)
    {
        var rp = template.Spec?.RestartPolicy ?? string.Empty;
        if (rp != RestartPolicies.Always)
        {
            errs.Add(FieldError.NotSupported(tp.Child("spec", "restartPolicy"), rp, RestartPolicies.Always));
        }

        if (template.Spec?.ActiveDeadlineSeconds is not null)
        {
            errs.Add(FieldError.Forbidden(tp.Child("spec", "activeDeadlineSeconds"), "activeDeadlineSeconds in " + kind + " is not Supported"));
        }
    }

    private static List<FieldError> Meta(ObjectMeta meta, Func<string, bool, IReadOnlyList<string>> nameFn) =>
        [.. PodValidation.ValidateObjectMeta(meta, true, nameFn, FieldPath.New("metadata"))];

    private static void NonNegative(List<FieldError> errs, long value, FieldPath path)
    {
        if (value < 0)
        {
            errs.Add(FieldError.Invalid(path, value, "must be greater than or equal to 0"));
        }
    }

    private static Dictionary<string, string> Map(IReadOnlyDictionary<string, string> labels) => new(labels, StringComparer.Ordinal);
}
