using System.Globalization;
using PodSim.Model;

namespace PodSim.Admission;

/// <summary>
/// The Priority admission plugin (<c>plugin/pkg/admission/priority</c>) on pod creation: the named PriorityClass,
/// or else the global default class (the lowest-valued one if several), gives <c>spec.priority</c>,
/// <c>spec.preemptionPolicy</c> and, for the default, <c>spec.priorityClassName</c>; with neither, priority 0 and
/// PreemptLowerPriority. A pod may not preset a different priority or preemption policy.
/// </summary>
internal static class PriorityRules
{
    /// <summary>The name of the built-in class for pods that must run in the cluster.</summary>
    internal const string SystemClusterCritical = "system-cluster-critical";

    /// <summary>The name of the built-in class for pods that must not leave their node.</summary>
    internal const string SystemNodeCritical = "system-node-critical";

    /// <summary>The value of <c>system-cluster-critical</c>; <c>system-node-critical</c> is 1000 higher.</summary>
    internal const int SystemCriticalPriority = 2000000000;

    /// <summary>Gets the PriorityClasses the API server creates at start-up, as stored (defaulted).</summary>
    internal static IReadOnlyList<PriorityClass> SystemPriorityClasses { get; } =
    [
        SystemClass(SystemNodeCritical, SystemCriticalPriority + 1000, "Used for system critical pods that must not be moved from their current node."),
        SystemClass(SystemClusterCritical, SystemCriticalPriority, "Used for system critical pods that must run in the cluster, but can be moved to another node if necessary."),
    ];

    /// <summary>Resolves the pod's priority.</summary>
    /// <param name="pod">The pod.</param>
    /// <param name="classes">The user-defined classes; the system classes are added unless one of the same name is given.</param>
    /// <returns>The pod with priority set, or the refusal.</returns>
    internal static MutationStep Mutate(Pod pod, IReadOnlyList<PriorityClass> classes)
    {
        var spec = pod.Spec ?? new PodSpec();
        var all = WithSystemClasses(classes);
        string? className;
        int priority;
        string policy;
        if (string.IsNullOrEmpty(spec.PriorityClassName))
        {
            var defaultClass = DefaultClass(all);
            className = defaultClass?.Metadata.Name ?? spec.PriorityClassName;
            priority = defaultClass?.Value ?? 0;
            policy = defaultClass?.PreemptionPolicy ?? PreemptionPolicies.PreemptLowerPriority;
        }
        else
        {
            var named = Find(all, spec.PriorityClassName);
            if (named is null)
            {
                return new(pod, "no PriorityClass with name " + spec.PriorityClassName + " was found");
            }

            className = spec.PriorityClassName;
            priority = named.Value ?? 0;

            // A stored PriorityClass always has a policy: API defaulting sets PreemptLowerPriority.
            policy = named.PreemptionPolicy ?? PreemptionPolicies.PreemptLowerPriority;
        }

        if (spec.Priority is { } preset && preset != priority)
        {
            return new(pod, string.Format(
                CultureInfo.InvariantCulture,
                "the integer value of priority ({0}) must not be provided in pod spec; priority admission controller computed {1} from the given PriorityClass name",
                preset,
                priority));
        }

        if (spec.PreemptionPolicy is { } presetPolicy && presetPolicy != policy)
        {
            return new(pod, "the string value of PreemptionPolicy (" + presetPolicy + ") must not be provided in pod spec; priority admission controller computed " + policy + " from the given PriorityClass name");
        }

        return new(pod with { Spec = spec with { PriorityClassName = className, Priority = priority, PreemptionPolicy = policy } }, null);
    }

    private static List<PriorityClass> WithSystemClasses(IReadOnlyList<PriorityClass> classes)
    {
        var all = AdmissionObjects.Select(classes, ns: null);
        foreach (var system in SystemPriorityClasses)
        {
            if (Find(all, system.Metadata.Name!) is null)
            {
                all.Add(system);
            }
        }

        return all;
    }

    // The lowest-valued global default; among equal values the first by name (upstream: first in lister order).
    private static PriorityClass? DefaultClass(List<PriorityClass> classes)
    {
        PriorityClass? result = null;
        foreach (var pc in classes)
        {
            if (pc.GlobalDefault == true && (result is null || (result.Value ?? 0) > (pc.Value ?? 0)))
            {
                result = pc;
            }
        }

        return result;
    }

    private static PriorityClass? Find(List<PriorityClass> classes, string name)
    {
        foreach (var pc in classes)
        {
            if (pc.Metadata.Name == name)
            {
                return pc;
            }
        }

        return null;
    }

    private static PriorityClass SystemClass(string name, int value, string description) => new()
    {
        ApiVersion = "scheduling.k8s.io/v1",
        Kind = "PriorityClass",
        Metadata = new ObjectMeta { Name = name },
        Value = value,
        Description = description,
        PreemptionPolicy = PreemptionPolicies.PreemptLowerPriority,
    };
}
