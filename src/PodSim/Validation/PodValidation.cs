using PodSim.Model;

namespace PodSim.Validation;

/// <summary>
/// API-server validation of Pods and pod templates, following upstream <c>ValidatePodCreate</c>, <c>ValidatePodSpec</c> and
/// <c>ValidatePodTemplateSpec</c> (<c>pkg/apis/core/validation</c>) with default feature gates. Validation expects
/// defaulted objects, as the API server does. Every error is collected, in upstream's order; map keys are visited in
/// ordinal order.
/// </summary>
internal static class PodValidation
{
    /// <summary>Validates a Pod on create: metadata, spec and the Pod-only rules (<c>ValidatePodCreate</c>).</summary>
    /// <remarks>
    /// The pod is validated as the pod registry's <c>PrepareForCreate</c> leaves it: <c>matchLabelKeys</c> and
    /// <c>mismatchLabelKeys</c> merged into their selectors, and each container's AppArmor annotation copied to a
    /// container without an <c>appArmorProfile</c> of its own. Pass the pod as submitted, not one already merged.
    /// </remarks>
    /// <param name="pod">The defaulted pod.</param>
    /// <returns>The errors, empty when the pod is valid.</returns>
    public static IReadOnlyList<FieldError> ValidatePod(Pod pod)
    {
        ArgumentNullException.ThrowIfNull(pod);
        var specPath = FieldPath.New("spec");
        pod = PodCreateStrategy.Prepare(pod);
        var spec = pod.Spec ?? new PodSpec();
        var errs = ValidatePodMetadataAndSpec(pod);
        if (spec.EphemeralContainers.Count > 0)
        {
            errs.Add(FieldError.Forbidden(specPath.Child("ephemeralContainers"), "cannot be set on create"));
        }

        if (!string.IsNullOrEmpty(spec.NodeName) && spec.SchedulingGates.Count != 0)
        {
            errs.Add(FieldError.Forbidden(specPath.Child("nodeName"), "cannot be set until all schedulingGates have been cleared"));
        }

        errs.AddRange(PodAnnotationValidation.ValidateAnnotationsMatchFields(pod.Metadata.Annotations, spec, specPath));
        return errs;
    }

    /// <summary>
    /// The checks create and update share (<c>validatePodMetadataAndSpec</c>): metadata, the pod-specific annotations,
    /// the spec, and the Pod-only container rules. The pod is validated as given.
    /// </summary>
    internal static List<FieldError> ValidatePodMetadataAndSpec(Pod pod)
    {
        var metaPath = FieldPath.New("metadata");
        var specPath = FieldPath.New("spec");
        var spec = pod.Spec ?? new PodSpec();
        var errs = new List<FieldError>();
        errs.AddRange(ValidateObjectMeta(pod.Metadata, true, NameValidation.NameIsDnsSubdomain, metaPath));
        errs.AddRange(PodAnnotationValidation.ValidateSecurityAnnotations(pod.Metadata.Annotations, spec, metaPath.Child("annotations")));
        errs.AddRange(ValidatePodSpecCore(spec, specPath, isPod: true));
        if (string.IsNullOrEmpty(spec.ServiceAccountName))
        {
            for (var vi = 0; vi < spec.Volumes.Count; vi++)
            {
                if (spec.Volumes[vi].Projected is not { } projected)
                {
                    continue;
                }

                for (var si = 0; si < projected.Sources.Count; si++)
                {
                    if (projected.Sources[si].ServiceAccountToken is not null)
                    {
                        errs.Add(FieldError.Forbidden(
                            specPath.Child("volumes").Index(vi).Child("projected", "sources").Index(si).Child("serviceAccountToken"),
                            "must not be specified when serviceAccountName is not set"));
                    }
                }
            }
        }

        errs.AddRange(ContainerValidation.ValidateContainersOnlyForPod(spec.Containers, specPath.Child("containers")));
        errs.AddRange(ContainerValidation.ValidateContainersOnlyForPod(spec.InitContainers, specPath.Child("initContainers")));
        return errs;
    }

    /// <summary>Validates a pod spec embedded in a template (<c>ValidatePodSpec</c> without the Pod-only rules).</summary>
    /// <param name="spec">The defaulted spec.</param>
    /// <param name="path">The spec's path, such as <c>spec.template.spec</c>.</param>
    /// <returns>The errors.</returns>
    public static IReadOnlyList<FieldError> ValidatePodSpec(PodSpec spec, FieldPath path)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(path);
        return ValidatePodSpecCore(spec, path, isPod: false);
    }

    /// <summary>Validates a pod template (<c>ValidatePodTemplateSpec</c>): labels, annotations, spec and no ephemeral containers.</summary>
    /// <param name="template">The template.</param>
    /// <param name="path">The template's path, such as <c>spec.template</c>.</param>
    /// <returns>The errors.</returns>
    public static IReadOnlyList<FieldError> ValidatePodTemplateSpec(PodTemplateSpec template, FieldPath path)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(path);
        var meta = template.Metadata ?? new ObjectMeta();
        var spec = template.Spec ?? new PodSpec();
        var errs = new List<FieldError>();
        errs.AddRange(LabelValidation.ValidateLabels(meta.Labels, path.Child("labels")));
        errs.AddRange(LabelValidation.ValidateAnnotations(meta.Annotations, path.Child("annotations")));
        errs.AddRange(PodAnnotationValidation.ValidateSecurityAnnotations(meta.Annotations, spec, path.Child("annotations")));
        errs.AddRange(ValidatePodSpecCore(spec, path.Child("spec"), isPod: false));
        errs.AddRange(PodAnnotationValidation.ValidateAnnotationsMatchFields(meta.Annotations, spec, path.Child("spec")));
        if (spec.EphemeralContainers.Count > 0)
        {
            errs.Add(FieldError.Forbidden(path.Child("spec", "ephemeralContainers"), "ephemeral containers not allowed in pod template"));
        }

        return errs;
    }

    /// <summary>
    /// Validates object metadata on create (apimachinery <c>ValidateObjectMeta</c>): generateName and name with
    /// <paramref name="nameFn"/>, namespace, generation, labels, annotations and finalizers.
    /// </summary>
    /// <param name="meta">The metadata.</param>
    /// <param name="requiresNamespace">Whether the kind is namespaced (namespace required) or cluster-scoped (namespace forbidden).</param>
    /// <param name="nameFn">The name rule: given the name and whether it is a generateName prefix, returns the problems.</param>
    /// <param name="path">The metadata path, normally <c>metadata</c>.</param>
    /// <returns>The errors.</returns>
    /// <remarks>
    /// A name left empty beside a generateName is accepted, because the API server generates the name before it
    /// validates.
    /// </remarks>
    public static IReadOnlyList<FieldError> ValidateObjectMeta(ObjectMeta meta, bool requiresNamespace, Func<string, bool, IReadOnlyList<string>> nameFn, FieldPath path)
    {
        ArgumentNullException.ThrowIfNull(meta);
        ArgumentNullException.ThrowIfNull(nameFn);
        ArgumentNullException.ThrowIfNull(path);
        var errs = new List<FieldError>();
        var generateName = meta.GenerateName ?? string.Empty;
        if (generateName.Length != 0)
        {
            VolumeValidation.AddInvalid(errs, path.Child("generateName"), generateName, nameFn(generateName, true));
        }

        var name = meta.Name ?? string.Empty;
        if (name.Length == 0)
        {
            if (generateName.Length == 0)
            {
                errs.Add(FieldError.Required(path.Child("name"), "name or generateName is required"));
            }
        }
        else
        {
            VolumeValidation.AddInvalid(errs, path.Child("name"), name, nameFn(name, false));
        }

        var ns = meta.Namespace ?? string.Empty;
        if (requiresNamespace)
        {
            if (ns.Length == 0)
            {
                errs.Add(FieldError.Required(path.Child("namespace")));
            }
            else
            {
                VolumeValidation.AddInvalid(errs, path.Child("namespace"), ns, NameValidation.IsDns1123Label(ns));
            }
        }
        else if (ns.Length != 0)
        {
            errs.Add(FieldError.Forbidden(path.Child("namespace"), "not allowed on this type"));
        }

        if (meta.Generation is < 0)
        {
            errs.Add(FieldError.Invalid(path.Child("generation"), meta.Generation.Value, "must be greater than or equal to 0"));
        }

        errs.AddRange(LabelValidation.ValidateLabels(meta.Labels, path.Child("labels")));
        errs.AddRange(LabelValidation.ValidateAnnotations(meta.Annotations, path.Child("annotations")));
        foreach (var f in meta.Finalizers)
        {
            VolumeValidation.AddInvalid(errs, path.Child("finalizers"), f, NameValidation.IsQualifiedName(f));
        }

        for (var i = 0; i < meta.Finalizers.Count; i++)
        {
            var f = meta.Finalizers[i];
            if (!f.Contains('/', StringComparison.Ordinal) && f != "kubernetes")
            {
                errs.Add(FieldError.Invalid(path.Child("finalizers").Index(i), f, "name is neither a standard finalizer name nor is it fully qualified"));
            }
        }

        return errs;
    }

    internal static List<FieldError> ValidatePodSpecCore(PodSpec spec, FieldPath path, bool isPod)
    {
        var errs = new List<FieldError>();
        if (spec.TerminationGracePeriodSeconds is null)
        {
            errs.Add(FieldError.Required(path.Child("terminationGracePeriodSeconds")));
        }

        var hostUsers = spec.HostUsers ?? true;
        errs.AddRange(VolumeValidation.ValidateVolumes(spec.Volumes, path.Child("volumes"), out var volumes));
        var ctx = new PodSpecContext(volumes, spec.TerminationGracePeriodSeconds, spec.RestartPolicy, hostUsers);
        errs.AddRange(ContainerValidation.ValidateContainers(spec.Containers, ctx, path.Child("containers")));
        errs.AddRange(ContainerValidation.ValidateInitContainers(spec.InitContainers, spec.Containers, ctx, path.Child("initContainers")));
        errs.AddRange(ContainerValidation.ValidateEphemeralContainers(spec.EphemeralContainers, spec.Containers, spec.InitContainers, ctx, path.Child("ephemeralContainers")));
        errs.AddRange(ContainerValidation.ValidateHostNetworkDeps(spec, isPod, path));

        var restartPolicy = spec.RestartPolicy ?? string.Empty;
        switch (restartPolicy)
        {
            case RestartPolicies.Always or RestartPolicies.OnFailure or RestartPolicies.Never:
                break;
            case "":
                errs.Add(FieldError.Required(path.Child("restartPolicy")));
                break;
            default:
                errs.Add(FieldError.NotSupported(path.Child("restartPolicy"), restartPolicy, RestartPolicies.Always, RestartPolicies.OnFailure, RestartPolicies.Never));
                break;
        }

        var dnsPolicy = spec.DnsPolicy ?? string.Empty;
        switch (dnsPolicy)
        {
            case DnsPolicies.ClusterFirstWithHostNet or DnsPolicies.ClusterFirst or DnsPolicies.Default or DnsPolicies.None:
                break;
            case "":
                errs.Add(FieldError.Required(path.Child("dnsPolicy")));
                break;
            default:
                errs.Add(FieldError.NotSupported(path.Child("dnsPolicy"), dnsPolicy, DnsPolicies.ClusterFirstWithHostNet, DnsPolicies.ClusterFirst, DnsPolicies.Default, DnsPolicies.None));
                break;
        }

        errs.AddRange(LabelValidation.ValidateLabels(spec.NodeSelector, path.Child("nodeSelector")));
        errs.AddRange(SecurityValidation.ValidatePodSecurityContext(spec, path.Child("securityContext")));
        errs.AddRange(SchedulingValidation.ValidateAffinity(spec.Affinity, path.Child("affinity")));
        errs.AddRange(SchedulingValidation.ValidateDnsConfig(spec.DnsConfig, spec.DnsPolicy, path.Child("dnsConfig")));
        errs.AddRange(SchedulingValidation.ValidateGates(spec, path));
        errs.AddRange(SchedulingValidation.ValidateTopologySpreadConstraints(spec.TopologySpreadConstraints, path.Child("topologySpreadConstraints")));
        if (!hostUsers)
        {
            if (spec.HostNetwork == true)
            {
                errs.Add(FieldError.Forbidden(path.Child("hostNetwork"), "when `pod.Spec.HostUsers` is false"));
            }

            if (spec.HostPID == true)
            {
                errs.Add(FieldError.Forbidden(path.Child("HostPID"), "when `pod.Spec.HostUsers` is false"));
            }

            if (spec.HostIPC == true)
            {
                errs.Add(FieldError.Forbidden(path.Child("HostIPC"), "when `pod.Spec.HostUsers` is false"));
            }
        }

        CheckSubdomain(errs, spec.ServiceAccountName, path.Child("serviceAccountName"));
        CheckSubdomain(errs, spec.NodeName, path.Child("nodeName"));
        if (spec.ActiveDeadlineSeconds is { } ads && (ads < 1 || ads > int.MaxValue))
        {
            errs.Add(FieldError.Invalid(path.Child("activeDeadlineSeconds"), ads, NameValidation.InclusiveRangeError(1, int.MaxValue)));
        }

        if (!string.IsNullOrEmpty(spec.Hostname))
        {
            VolumeValidation.AddInvalid(errs, path.Child("hostname"), spec.Hostname, NameValidation.IsDns1123Label(spec.Hostname));
        }

        if (!string.IsNullOrEmpty(spec.Subdomain))
        {
            VolumeValidation.AddInvalid(errs, path.Child("subdomain"), spec.Subdomain, NameValidation.IsDns1123Label(spec.Subdomain));
        }

        errs.AddRange(SchedulingValidation.ValidateTolerations(spec.Tolerations, path.Child("tolerations")));
        errs.AddRange(SchedulingValidation.ValidateHostAliases(spec.HostAliases, path.Child("hostAliases")));
        CheckSubdomain(errs, spec.PriorityClassName, path.Child("priorityClassName"));
        if (spec.RuntimeClassName is { } rcn)
        {
            VolumeValidation.AddInvalid(errs, path.Child("runtimeClassName"), rcn, NameValidation.IsDns1123Subdomain(rcn));
        }

        if (spec.PreemptionPolicy is { } pp)
        {
            switch (pp)
            {
                case PreemptionPolicies.PreemptLowerPriority or PreemptionPolicies.Never:
                    break;
                case "":
                    errs.Add(FieldError.Required(path.Child("preemptionPolicy")));
                    break;
                default:
                    errs.Add(FieldError.NotSupported(path.Child("preemptionPolicy"), pp, PreemptionPolicies.PreemptLowerPriority, PreemptionPolicies.Never));
                    break;
            }
        }

        if (spec.Overhead.Count > 0)
        {
            errs.AddRange(ResourceValidation.ValidateContainerResources(new ResourceRequirements { Limits = spec.Overhead }, path.Child("overhead")));
        }

        errs.AddRange(SchedulingValidation.ValidateOs(spec, path));
        return errs;
    }

    private static void CheckSubdomain(List<FieldError> errs, string? value, FieldPath path)
    {
        if (!string.IsNullOrEmpty(value))
        {
            VolumeValidation.AddInvalid(errs, path, value, NameValidation.IsDns1123Subdomain(value));
        }
    }
}
