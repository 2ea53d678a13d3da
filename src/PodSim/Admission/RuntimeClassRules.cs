using PodSim.Model;

namespace PodSim.Admission;

/// <summary>
/// The RuntimeClass admission plugin (<c>plugin/pkg/admission/runtimeclass</c>) on pod creation. Mutating: the named
/// class must exist; its <c>overhead.podFixed</c> becomes <c>spec.overhead</c> (a different preset overhead is
/// refused); its <c>scheduling.nodeSelector</c> is merged into the pod's (a conflicting value is refused) and its
/// tolerations are merged with the pod's. Validating: an overhead must come from the pod's RuntimeClass.
/// </summary>
internal static class RuntimeClassRules
{
    private const string OverheadMismatch = "pod rejected: Pod's Overhead doesn't match RuntimeClass's defined Overhead";

    /// <summary>Applies the pod's RuntimeClass.</summary>
    /// <param name="pod">The pod.</param>
    /// <param name="classes">The RuntimeClasses.</param>
    /// <returns>The changed pod, or the refusal.</returns>
    internal static MutationStep Mutate(Pod pod, IReadOnlyList<RuntimeClass> classes)
    {
        var spec = pod.Spec ?? new PodSpec();
        if (spec.RuntimeClassName is not { } name)
        {
            return new(pod, null);
        }

        var runtimeClass = Find(classes, name);
        if (runtimeClass is null)
        {
            return new(pod, NotFound(name));
        }

        if (runtimeClass.Overhead is { } overhead)
        {
            if (spec.Overhead.Count > 0 && !SemanticEqual(overhead.PodFixed, spec.Overhead))
            {
                return new(pod, OverheadMismatch);
            }

            spec = spec with { Overhead = AdmissionObjects.Copy(overhead.PodFixed) };
        }

        if (runtimeClass.Scheduling is { } scheduling)
        {
            IReadOnlyDictionary<string, string> nodeSelector;
            if (spec.NodeSelector.Count == 0)
            {
                nodeSelector = scheduling.NodeSelector;
            }
            else
            {
                var merged = new SortedDictionary<string, string>(StringComparer.Ordinal);
                foreach (var (key, value) in spec.NodeSelector)
                {
                    merged[key] = value;
                }

                foreach (var key in AdmissionObjects.SortedKeys(scheduling.NodeSelector))
                {
                    var value = scheduling.NodeSelector[key];
                    if (merged.TryGetValue(key, out var podValue) && podValue != value)
                    {
                        return new(pod, "conflict: runtimeClass.scheduling.nodeSelector[" + key + "] = " + value + "; pod.spec.nodeSelector[" + key + "] = " + podValue);
                    }

                    merged[key] = value;
                }

                nodeSelector = merged;
            }

            spec = spec with { NodeSelector = nodeSelector, Tolerations = TolerationMerge.Merge(spec.Tolerations, scheduling.Tolerations) };
        }

        return new(pod with { Spec = spec }, null);
    }

    /// <summary>Checks that a pod's overhead is the one its RuntimeClass defines.</summary>
    /// <param name="pod">The (mutated) pod.</param>
    /// <param name="classes">The RuntimeClasses.</param>
    /// <returns>The refusal, or null.</returns>
    internal static string? Validate(Pod pod, IReadOnlyList<RuntimeClass> classes)
    {
        var spec = pod.Spec ?? new PodSpec();
        RuntimeClass? runtimeClass = null;
        if (spec.RuntimeClassName is { } name)
        {
            runtimeClass = Find(classes, name);
            if (runtimeClass is null)
            {
                return NotFound(name);
            }
        }

        if (spec.Overhead.Count == 0)
        {
            return null;
        }

        if (runtimeClass?.Overhead is { } overhead)
        {
            return SemanticEqual(overhead.PodFixed, spec.Overhead) ? null : OverheadMismatch;
        }

        return "pod rejected: Pod Overhead set without corresponding RuntimeClass defined Overhead";
    }

    private static string NotFound(string name) => "pod rejected: RuntimeClass \"" + name + "\" not found";

    private static RuntimeClass? Find(IReadOnlyList<RuntimeClass> classes, string name)
    {
        foreach (var rc in AdmissionObjects.Select(classes, ns: null))
        {
            if (rc.Metadata.Name == name)
            {
                return rc;
            }
        }

        return null;
    }

    // Semantic equality: same resource names, quantities equal in value whatever their notation.
    private static bool SemanticEqual(IReadOnlyDictionary<string, Quantity> a, IReadOnlyDictionary<string, Quantity> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        foreach (var (name, value) in a)
        {
            if (!b.TryGetValue(name, out var other) || other != value)
            {
                return false;
            }
        }

        return true;
    }
}
