using System.Net;
using System.Net.Sockets;
using PodSim.Model;

namespace PodSim.Validation;

/// <summary>
/// Pod update rules: <c>ValidatePodUpdate</c> and <c>ValidatePodStatusUpdate</c> in
/// <c>pkg/apis/core/validation/validation.go</c>, with default feature gates.
/// </summary>
internal static class PodUpdateValidation
{
    /// <summary>The first line of upstream's Forbidden detail for a pod spec change outside the mutable fields.</summary>
    public const string SpecUpdateForbidden =
        "pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)";

    private const string MirrorPodAnnotation = "kubernetes.io/config.mirror";
    private const string NotTerminated = "may not be transitioned to non-terminated state";

    public static List<FieldError> ValidatePodUpdate(Pod newPod, Pod oldPod)
    {
        var metaPath = FieldPath.New("metadata");
        var specPath = FieldPath.New("spec");
        var newSpec = newPod.Spec ?? new PodSpec();
        var oldSpec = oldPod.Spec ?? new PodSpec();
        var errs = MetadataUpdateValidation.Validate(newPod.Metadata, oldPod.Metadata, metaPath);
        errs.AddRange(PodValidation.ValidatePodMetadataAndSpec(newPod));
        errs.AddRange(ValidateAnnotationUpdates(newPod.Metadata.Annotations, oldPod.Metadata.Annotations, metaPath.Child("annotations")));

        if (!ValidateContainerUpdates(errs, newSpec.Containers, oldSpec.Containers, specPath.Child("containers"))
            || !ValidateContainerUpdates(errs, newSpec.InitContainers, oldSpec.InitContainers, specPath.Child("initContainers")))
        {
            return errs;
        }

        // activeDeadlineSeconds may be set when unset, or lowered; never removed.
        var adsPath = specPath.Child("activeDeadlineSeconds");
        if (newSpec.ActiveDeadlineSeconds is { } newAds)
        {
            if (newAds < 0 || newAds > int.MaxValue)
            {
                errs.Add(FieldError.Invalid(adsPath, newAds, NameValidation.InclusiveRangeError(0, int.MaxValue)));
                return errs;
            }

            if (oldSpec.ActiveDeadlineSeconds is { } oldAds && oldAds < newAds)
            {
                errs.Add(FieldError.Invalid(adsPath, newAds, "must be less than or equal to previous value"));
                return errs;
            }
        }
        else if (oldSpec.ActiveDeadlineSeconds is not null)
        {
            errs.Add(FieldError.Invalid(adsPath, null, "must not update from a positive integer to nil value"));
        }

        errs.AddRange(ValidateOnlyAddedTolerations(newSpec.Tolerations, oldSpec.Tolerations, specPath.Child("tolerations")));
        errs.AddRange(ValidateOnlyDeletedSchedulingGates(newSpec.SchedulingGates, oldSpec.SchedulingGates, specPath.Child("schedulingGates")));
        if (ModelDiff.AreEqual(newSpec, oldSpec))
        {
            return errs;
        }

        // Take the mutable fields from the old spec; whatever still differs is a forbidden change.
        var munged = newSpec with
        {
            Containers = WithImagesOf(newSpec.Containers, oldSpec.Containers),
            InitContainers = WithImagesOf(newSpec.InitContainers, oldSpec.InitContainers),
            ActiveDeadlineSeconds = oldSpec.ActiveDeadlineSeconds,
            SchedulingGates = oldSpec.SchedulingGates,
            Tolerations = oldSpec.Tolerations,
        };
        if (oldSpec.TerminationGracePeriodSeconds is < 0 && munged.TerminationGracePeriodSeconds == 1)
        {
            munged = munged with { TerminationGracePeriodSeconds = oldSpec.TerminationGracePeriodSeconds };
        }

        if (oldSpec.SchedulingGates.Count > 0)
        {
            munged = MungeGatedPod(errs, munged, oldSpec, specPath);
        }

        if (!ModelDiff.AreEqual(munged, oldSpec))
        {
            var diff = ModelDiff.Lines(oldSpec, munged, specPath);
            errs.Add(FieldError.Forbidden(specPath, SpecUpdateForbidden + "\n" + string.Join('\n', diff)));
        }

        return errs;
    }

    public static List<FieldError> ValidatePodStatusUpdate(Pod newPod, Pod oldPod)
    {
        var metaPath = FieldPath.New("metadata");
        var statusPath = FieldPath.New("status");
        var newSpec = newPod.Spec ?? new PodSpec();
        var oldSpec = oldPod.Spec ?? new PodSpec();
        var newStatus = newPod.Status ?? new PodStatus();
        var oldStatus = oldPod.Status ?? new PodStatus();
        var errs = MetadataUpdateValidation.Validate(newPod.Metadata, oldPod.Metadata, metaPath);
        errs.AddRange(ValidateAnnotationUpdates(newPod.Metadata.Annotations, oldPod.Metadata.Annotations, metaPath.Child("annotations")));
        errs.AddRange(PodAnnotationValidation.ValidateSecurityAnnotations(newPod.Metadata.Annotations, newSpec, metaPath.Child("annotations")));

        // Upstream builds the conditions path under metadata, with a capital Type (validatePodConditions).
        for (var i = 0; i < newStatus.Conditions.Count; i++)
        {
            var type = newStatus.Conditions[i].Type ?? string.Empty;
            if (type is PodConditionTypes.PodScheduled or PodConditionTypes.Ready or PodConditionTypes.Initialized)
            {
                continue;
            }

            VolumeValidation.AddInvalid(errs, metaPath.Child("conditions").Index(i).Child("Type"), type, NameValidation.IsQualifiedName(type));
        }

        if (!string.Equals(newSpec.NodeName ?? string.Empty, oldSpec.NodeName ?? string.Empty, StringComparison.Ordinal))
        {
            errs.Add(FieldError.Forbidden(statusPath.Child("nodeName"), "may not be changed directly"));
        }

        var nominated = newStatus.NominatedNodeName ?? string.Empty;
        if (nominated.Length > 0 && !string.Equals(nominated, oldStatus.NominatedNodeName ?? string.Empty, StringComparison.Ordinal))
        {
            VolumeValidation.AddInvalid(errs, statusPath.Child("nominatedNodeName"), nominated, NameValidation.NameIsDnsSubdomain(nominated, false));
        }

        MetadataUpdateValidation.Immutable(errs, newStatus.QosClass ?? string.Empty, oldStatus.QosClass ?? string.Empty, statusPath.Child("qosClass"));
        var restartPolicy = oldSpec.RestartPolicy ?? string.Empty;
        errs.AddRange(ValidateStateTransition(newStatus.ContainerStatuses, oldStatus.ContainerStatuses, statusPath.Child("containerStatuses"), restartPolicy, _ => false));
        errs.AddRange(ValidateStateTransition(
            newStatus.InitContainerStatuses,
            oldStatus.InitContainerStatuses,
            statusPath.Child("initContainerStatuses"),
            restartPolicy,
            name => oldSpec.InitContainers.FirstOrDefault(c => c.Name == name) is { IsSidecar: true }));

        // The kubelet never restarts ephemeral containers: an implicit restartPolicy Never.
        errs.AddRange(ValidateStateTransition(newStatus.EphemeralContainerStatuses, oldStatus.EphemeralContainerStatuses, statusPath.Child("ephemeralContainerStatuses"), RestartPolicies.Never, _ => false));
        errs.AddRange(ValidateIps(newStatus.PodIPs.Select(p => p.IP ?? string.Empty).ToList(), newStatus.PodIPs, statusPath.Child("podIPs"), null));
        if (newStatus.HostIPs.Count > 0)
        {
            errs.AddRange(ValidateIps(newStatus.HostIPs.Select(p => p.IP ?? string.Empty).ToList(), newStatus.HostIPs, statusPath.Child("hostIPs"), newStatus.HostIP ?? string.Empty));
        }

        return errs;
    }

    /// <summary>
    /// <c>ValidatePodSpecificAnnotationUpdates</c>: the AppArmor and mirror-pod annotations may not be added, changed
    /// or removed. Keys are visited in ordinal order (upstream walks a map).
    /// </summary>
    private static List<FieldError> ValidateAnnotationUpdates(IReadOnlyDictionary<string, string> newAnnotations, IReadOnlyDictionary<string, string> oldAnnotations, FieldPath path)
    {
        var errs = new List<FieldError>();
        foreach (var key in LabelValidation.SortedKeys(oldAnnotations))
        {
            if (newAnnotations.TryGetValue(key, out var newValue) && string.Equals(newValue, oldAnnotations[key], StringComparison.Ordinal))
            {
                continue;
            }

            if (key.StartsWith(PodCreateStrategy.AppArmorAnnotationPrefix, StringComparison.Ordinal))
            {
                errs.Add(FieldError.Forbidden(path.Key(key), "may not remove or update AppArmor annotations"));
            }

            if (key == MirrorPodAnnotation)
            {
                errs.Add(FieldError.Forbidden(path.Key(key), "may not remove or update mirror pod annotation"));
            }
        }

        foreach (var key in LabelValidation.SortedKeys(newAnnotations))
        {
            if (oldAnnotations.ContainsKey(key))
            {
                continue;
            }

            if (key.StartsWith(PodCreateStrategy.AppArmorAnnotationPrefix, StringComparison.Ordinal))
            {
                errs.Add(FieldError.Forbidden(path.Key(key), "may not add AppArmor annotations"));
            }

            if (key == MirrorPodAnnotation)
            {
                errs.Add(FieldError.Forbidden(path.Key(key), "may not add mirror pod annotation"));
            }
        }

        return errs;
    }

    /// <summary><c>ValidateContainerUpdates</c>: the same number of containers, each with a non-blank image.</summary>
    /// <returns>False when validation must stop (a container was added or removed).</returns>
    private static bool ValidateContainerUpdates(List<FieldError> errs, IReadOnlyList<Container> newContainers, IReadOnlyList<Container> oldContainers, FieldPath path)
    {
        if (newContainers.Count != oldContainers.Count)
        {
            errs.Add(FieldError.Forbidden(path, "pod updates may not add or remove containers"));
            return false;
        }

        for (var i = 0; i < newContainers.Count; i++)
        {
            var image = newContainers[i].Image ?? string.Empty;
            if (image.Length == 0)
            {
                errs.Add(FieldError.Required(path.Index(i).Child("image")));
            }

            if (image.Trim().Length != image.Length)
            {
                errs.Add(FieldError.Invalid(path.Index(i).Child("image"), image, "must not have leading or trailing whitespace"));
            }
        }

        return true;
    }

    /// <summary>
    /// <c>validateOnlyAddedTolerations</c>: every old toleration must still be there, its tolerationSeconds aside;
    /// then the new list is validated.
    /// </summary>
    private static List<FieldError> ValidateOnlyAddedTolerations(IReadOnlyList<Toleration> newTolerations, IReadOnlyList<Toleration> oldTolerations, FieldPath path)
    {
        foreach (var old in oldTolerations)
        {
            if (!newTolerations.Any(n => old with { TolerationSeconds = n.TolerationSeconds } == n))
            {
                return [FieldError.Forbidden(path, "existing toleration can not be modified except its tolerationSeconds")];
            }
        }

        return SchedulingValidation.ValidateTolerations(newTolerations, path);
    }

    /// <summary>
    /// <c>validateOnlyDeletedSchedulingGates</c>: a gate absent from the old list is forbidden, reported at its
    /// (last) index. Reported in index order; upstream's order follows map iteration.
    /// </summary>
    private static List<FieldError> ValidateOnlyDeletedSchedulingGates(IReadOnlyList<PodSchedulingGate> newGates, IReadOnlyList<PodSchedulingGate> oldGates, FieldPath path)
    {
        var added = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < newGates.Count; i++)
        {
            added[newGates[i].Name ?? string.Empty] = i;
        }

        foreach (var old in oldGates)
        {
            added.Remove(old.Name ?? string.Empty);
        }

        return added
            .OrderBy(kv => kv.Value)
            .Select(kv => FieldError.Forbidden(path.Index(kv.Value).Child("name"), "only deletion is allowed, but found new scheduling gate '" + kv.Key + "'"))
            .ToList();
    }

    private static List<Container> WithImagesOf(IReadOnlyList<Container> containers, IReadOnlyList<Container> old)
    {
        var result = new List<Container>(containers.Count);
        for (var i = 0; i < containers.Count; i++)
        {
            result.Add(containers[i] with { Image = old[i].Image });
        }

        return result;
    }

    /// <summary>
    /// A pod with scheduling gates may gain nodeSelector entries and required node affinity requirements (no
    /// mutations or deletions); those changes are checked here and taken out of the comparison.
    /// </summary>
    private static PodSpec MungeGatedPod(List<FieldError> errs, PodSpec munged, PodSpec oldSpec, FieldPath specPath)
    {
        if (!ModelDiff.AreEqual(munged.NodeSelector, oldSpec.NodeSelector))
        {
            foreach (var (key, value) in oldSpec.NodeSelector)
            {
                if (!munged.NodeSelector.TryGetValue(key, out var v) || !string.Equals(v, value, StringComparison.Ordinal))
                {
                    errs.Add(FieldError.Invalid(
                        specPath.Child("nodeSelector"),
                        new Dictionary<string, string>(munged.NodeSelector, StringComparer.Ordinal),
                        "only additions to spec.nodeSelector are allowed (no mutations or deletions)"));
                    break;
                }
            }

            munged = munged with { NodeSelector = oldSpec.NodeSelector };
        }

        var oldNodeAffinity = oldSpec.Affinity?.NodeAffinity;
        var mungedNodeAffinity = munged.Affinity?.NodeAffinity;
        if (!ModelDiff.AreEqual(oldNodeAffinity, mungedNodeAffinity))
        {
            errs.AddRange(ValidateNodeAffinityMutation(specPath.Child("affinity", "nodeAffinity"), mungedNodeAffinity, oldNodeAffinity));
            if (munged.Affinity is null)
            {
                if (oldNodeAffinity is not null)
                {
                    munged = munged with { Affinity = new Affinity { NodeAffinity = oldNodeAffinity } };
                }
            }
            else if (oldSpec.Affinity is null && munged.Affinity.PodAffinity is null && munged.Affinity.PodAntiAffinity is null)
            {
                munged = munged with { Affinity = null };
            }
            else
            {
                munged = munged with { Affinity = munged.Affinity with { NodeAffinity = oldNodeAffinity } };
            }
        }

        return munged;
    }

    /// <summary><c>validateNodeAffinityMutation</c>: required terms may only gain match expressions and fields.</summary>
    private static List<FieldError> ValidateNodeAffinityMutation(FieldPath path, NodeAffinity? newAffinity, NodeAffinity? oldAffinity)
    {
        var errs = new List<FieldError>();
        if (oldAffinity?.RequiredDuringSchedulingIgnoredDuringExecution is not { } oldRequired)
        {
            return errs;
        }

        var termsPath = path.Child("requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms");
        var oldTerms = oldRequired.NodeSelectorTerms;
        var newTerms = newAffinity?.RequiredDuringSchedulingIgnoredDuringExecution?.NodeSelectorTerms ?? [];
        if (oldTerms.Count > 0 && oldTerms.Count != newTerms.Count)
        {
            errs.Add(FieldError.Invalid(termsPath, newTerms.Count == 0 ? null : MetadataUpdateValidation.BadValue(newTerms), "no additions/deletions to non-empty NodeSelectorTerms list are allowed"));
            return errs;
        }

        for (var i = 0; i < oldTerms.Count; i++)
        {
            if (!HasOnlyAdditions(newTerms[i], oldTerms[i]))
            {
                errs.Add(FieldError.Invalid(termsPath.Index(i), MetadataUpdateValidation.BadValue(newTerms[i]), "only additions are allowed (no mutations or deletions)"));
            }
        }

        return errs;
    }

    private static bool HasOnlyAdditions(NodeSelectorTerm newTerm, NodeSelectorTerm oldTerm)
    {
        if (oldTerm.MatchExpressions.Count == 0 && oldTerm.MatchFields.Count == 0
            && (newTerm.MatchExpressions.Count > 0 || newTerm.MatchFields.Count > 0))
        {
            return false;
        }

        return IsPrefix(oldTerm.MatchExpressions, newTerm.MatchExpressions) && IsPrefix(oldTerm.MatchFields, newTerm.MatchFields);
    }

    private static bool IsPrefix(IReadOnlyList<NodeSelectorRequirement> old, IReadOnlyList<NodeSelectorRequirement> updated) =>
        old.Count == 0 || (updated.Count >= old.Count && ModelDiff.AreEqual(updated.Take(old.Count).ToList(), old));

    /// <summary>
    /// <c>ValidateContainerStateTransition</c> and its init-container variant: unless the policy restarts it, a
    /// terminated container may not become non-terminated. Errors point at the old status's index.
    /// </summary>
    private static List<FieldError> ValidateStateTransition(IReadOnlyList<ContainerStatus> newStatuses, IReadOnlyList<ContainerStatus> oldStatuses, FieldPath path, string restartPolicy, Func<string?, bool> mayRestart)
    {
        var errs = new List<FieldError>();
        if (restartPolicy == RestartPolicies.Always)
        {
            return errs;
        }

        for (var i = 0; i < oldStatuses.Count; i++)
        {
            var old = oldStatuses[i];
            if (old.State?.Terminated is not { } terminated
                || ((terminated.ExitCode ?? 0) != 0 && restartPolicy == RestartPolicies.OnFailure)
                || mayRestart(old.Name))
            {
                continue;
            }

            foreach (var updated in newStatuses)
            {
                if (updated.Name == old.Name && updated.State?.Terminated is null)
                {
                    errs.Add(FieldError.Forbidden(path.Index(i).Child("state"), NotTerminated));
                }
            }
        }

        return errs;
    }

    /// <summary>
    /// <c>validatePodIPs</c> and <c>validateHostIPs</c>: valid addresses, at most one per family, no duplicates, and
    /// for host IPs the first equal to <c>hostIP</c>. The family check runs only when every address parses (upstream
    /// then adds an internal error as well).
    /// </summary>
    private static List<FieldError> ValidateIps<T>(List<string> ips, IReadOnlyList<T> entries, FieldPath path, string? hostIP)
    {
        var errs = new List<FieldError>();
        if (hostIP is not null && !string.Equals(hostIP, ips[0], StringComparison.Ordinal))
        {
            errs.Add(FieldError.Invalid(path.Index(0).Child("ip"), ips[0], "must be equal to `hostIP`"));
        }

        var allValid = true;
        for (var i = 0; i < ips.Count; i++)
        {
            var problems = NameValidation.IsValidIP(ips[i]);
            allValid &= problems.Count == 0;
            VolumeValidation.AddInvalid(errs, path.Index(i), ips[i], problems);
        }

        if (ips.Count <= 1)
        {
            return errs;
        }

        var duplicates = new List<FieldError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ips.Count; i++)
        {
            if (!seen.Add(ips[i]))
            {
                duplicates.Add(new FieldError(path.Index(i), FieldErrorType.Duplicate, MetadataUpdateValidation.BadValue(entries[i]), string.Empty));
            }
        }

        // Host IPs report duplicates before the family check, pod IPs after it.
        if (hostIP is not null)
        {
            errs.AddRange(duplicates);
        }

        if (allValid && (ips.Count > 2 || !IsDualStack(ips)))
        {
            errs.Add(FieldError.Invalid(path, MetadataUpdateValidation.BadValue(entries), "may specify no more than one IP for each IP family"));
        }

        if (hostIP is null)
        {
            errs.AddRange(duplicates);
        }

        return errs;
    }

    private static bool IsDualStack(List<string> ips)
    {
        var v4 = false;
        var v6 = false;
        foreach (var ip in ips)
        {
            var address = IPAddress.Parse(ip);
            if (address.AddressFamily == AddressFamily.InterNetworkV6 && !address.IsIPv4MappedToIPv6)
            {
                v6 = true;
            }
            else
            {
                v4 = true;
            }
        }

        return v4 && v6;
    }
}
