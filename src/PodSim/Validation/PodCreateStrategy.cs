using PodSim.Model;

namespace PodSim.Validation;

/// <summary>
/// The parts of the pod registry's <c>PrepareForCreate</c> (<c>pkg/registry/core/pod/strategy.go</c>) that decide what
/// create validation sees: <c>mutatePodAffinity</c>, <c>mutateTopologySpreadConstraints</c> and
/// <c>applyAppArmorVersionSkew</c>. <see cref="PodValidation.ValidatePod"/> validates the pod as these leave it, so
/// that a label key given both in a selector and in <c>matchLabelKeys</c>, or an AppArmor annotation beside a pod-level
/// profile, gives the API server's answer.
/// </summary>
/// <remarks>
/// Applying the merge twice would add the expressions twice; the pod handed to validation must be the one submitted.
/// </remarks>
internal static class PodCreateStrategy
{
    /// <summary>The deprecated per-container AppArmor annotation prefix.</summary>
    public const string AppArmorAnnotationPrefix = "container.apparmor.security.beta.kubernetes.io/";

    public static Pod Prepare(Pod pod)
    {
        if (pod.Spec is not { } spec)
        {
            return pod;
        }

        var labels = pod.Metadata.Labels;
        spec = spec with
        {
            Affinity = MergeAffinity(spec.Affinity, labels),
            TopologySpreadConstraints = MergeSpread(spec.TopologySpreadConstraints, labels),
        };
        spec = ApplyAppArmorVersionSkew(spec, pod.Metadata.Annotations);
        return pod with { Spec = spec };
    }

    /// <summary>The field an AppArmor annotation value stands for (<c>ApparmorFieldForAnnotation</c>), or null.</summary>
    /// <param name="annotation">The annotation value.</param>
    /// <returns>The profile, or null when the value cannot be converted.</returns>
    public static AppArmorProfile? AppArmorFieldForAnnotation(string annotation)
    {
        switch (annotation)
        {
            case "unconfined":
                return new AppArmorProfile { Type = "Unconfined" };
            case "runtime/default":
                return new AppArmorProfile { Type = "RuntimeDefault" };
        }

        return annotation.StartsWith("localhost/", StringComparison.Ordinal) && annotation.Length > "localhost/".Length
            ? new AppArmorProfile { Type = "Localhost", LocalhostProfile = annotation["localhost/".Length..] }
            : null;
    }

    private static Affinity? MergeAffinity(Affinity? affinity, IReadOnlyDictionary<string, string> labels)
    {
        if (affinity is null)
        {
            return null;
        }

        if (affinity.PodAffinity is { } pa)
        {
            affinity = affinity with
            {
                PodAffinity = pa with
                {
                    PreferredDuringSchedulingIgnoredDuringExecution = MergeWeighted(pa.PreferredDuringSchedulingIgnoredDuringExecution, labels),
                    RequiredDuringSchedulingIgnoredDuringExecution = MergeTerms(pa.RequiredDuringSchedulingIgnoredDuringExecution, labels),
                },
            };
        }

        if (affinity.PodAntiAffinity is { } paa)
        {
            affinity = affinity with
            {
                PodAntiAffinity = paa with
                {
                    PreferredDuringSchedulingIgnoredDuringExecution = MergeWeighted(paa.PreferredDuringSchedulingIgnoredDuringExecution, labels),
                    RequiredDuringSchedulingIgnoredDuringExecution = MergeTerms(paa.RequiredDuringSchedulingIgnoredDuringExecution, labels),
                },
            };
        }

        return affinity;
    }

    private static WeightedPodAffinityTerm[] MergeWeighted(IReadOnlyList<WeightedPodAffinityTerm> terms, IReadOnlyDictionary<string, string> labels) =>
        [.. terms.Select(t => t.PodAffinityTerm is { } term ? t with { PodAffinityTerm = MergeTerm(term, labels) } : t)];

    private static PodAffinityTerm[] MergeTerms(IReadOnlyList<PodAffinityTerm> terms, IReadOnlyDictionary<string, string> labels) =>
        [.. terms.Select(t => MergeTerm(t, labels))];

    // applyMatchLabelKeysAndMismatchLabelKeys: a nil selector matches nothing and is left alone.
    private static PodAffinityTerm MergeTerm(PodAffinityTerm term, IReadOnlyDictionary<string, string> labels)
    {
        if (term.LabelSelector is not { } selector || term.MatchLabelKeys.Count + term.MismatchLabelKeys.Count == 0)
        {
            return term;
        }

        var merged = AddExpressions(selector, term.MatchLabelKeys, "In", labels);
        merged = AddExpressions(merged, term.MismatchLabelKeys, "NotIn", labels);
        return term with { LabelSelector = merged };
    }

    private static TopologySpreadConstraint[] MergeSpread(IReadOnlyList<TopologySpreadConstraint> constraints, IReadOnlyDictionary<string, string> labels) =>
        [.. constraints.Select(c => c.LabelSelector is { } selector && c.MatchLabelKeys.Count > 0
            ? c with { LabelSelector = AddExpressions(selector, c.MatchLabelKeys, "In", labels) }
            : c)];

    // applyLabelKeysToLabelSelector: keys the pod has no label for are skipped.
    private static LabelSelector AddExpressions(LabelSelector selector, IReadOnlyList<string> keys, string op, IReadOnlyDictionary<string, string> labels)
    {
        var added = new List<LabelSelectorRequirement>();
        foreach (var key in keys)
        {
            if (labels.TryGetValue(key, out var value))
            {
                added.Add(new LabelSelectorRequirement { Key = key, Operator = op, Values = [value] });
            }
        }

        return added.Count == 0 ? selector : selector with { MatchExpressions = [.. selector.MatchExpressions, .. added] };
    }

    // applyAppArmorVersionSkew: a container without its own profile gets the one its annotation names, when that
    // profile is valid and differs from the pod-level one. Windows pods are left alone.
    private static PodSpec ApplyAppArmorVersionSkew(PodSpec spec, IReadOnlyDictionary<string, string> annotations)
    {
        if (spec.Os?.Name == "windows" || annotations.Count == 0)
        {
            return spec;
        }

        var podProfile = spec.SecurityContext?.AppArmorProfile;
        Container Apply(Container c)
        {
            if (c.SecurityContext?.AppArmorProfile is not null
                || !annotations.TryGetValue(AppArmorAnnotationPrefix + c.Name, out var annotation)
                || AppArmorFieldForAnnotation(annotation) is not { } field
                || SecurityValidation.ValidateAppArmorProfile(field, FieldPath.Root).Count > 0
                || field == podProfile)
            {
                return c;
            }

            return c with { SecurityContext = (c.SecurityContext ?? new SecurityContext()) with { AppArmorProfile = field } };
        }

        return spec with
        {
            InitContainers = [.. spec.InitContainers.Select(Apply)],
            Containers = [.. spec.Containers.Select(Apply)],
            EphemeralContainers = [.. spec.EphemeralContainers.Select(e =>
                e.SecurityContext?.AppArmorProfile is null && Apply(new Container { Name = e.Name }) is { SecurityContext: { } sc }
                    ? e with { SecurityContext = (e.SecurityContext ?? new SecurityContext()) with { AppArmorProfile = sc.AppArmorProfile } }
                    : e)],
        };
    }
}
