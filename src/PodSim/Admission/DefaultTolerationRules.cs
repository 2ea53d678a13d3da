using PodSim.Model;

namespace PodSim.Admission;

/// <summary>
/// The DefaultTolerationSeconds admission plugin: a pod that does not already tolerate the
/// <c>node.kubernetes.io/not-ready</c> or <c>node.kubernetes.io/unreachable</c> NoExecute taint gets a toleration
/// for it (operator Exists) with <c>tolerationSeconds</c> 300, the API server's default.
/// </summary>
internal static class DefaultTolerationRules
{
    /// <summary>The taint a node gets when it is not ready.</summary>
    internal const string NotReadyTaint = "node.kubernetes.io/not-ready";

    /// <summary>The taint a node gets when the node controller cannot reach it.</summary>
    internal const string UnreachableTaint = "node.kubernetes.io/unreachable";

    /// <summary>The default of <c>--default-not-ready-toleration-seconds</c> and <c>--default-unreachable-toleration-seconds</c>.</summary>
    internal const long DefaultSeconds = 300;

    /// <summary>Adds the missing default tolerations.</summary>
    /// <param name="pod">The pod.</param>
    /// <returns>The pod, the same instance when it already tolerates both taints.</returns>
    internal static Pod Mutate(Pod pod)
    {
        var spec = pod.Spec ?? new PodSpec();
        var notReady = false;
        var unreachable = false;
        foreach (var t in spec.Tolerations)
        {
            // An empty key or effect is a wildcard.
            var key = t.Key ?? string.Empty;
            var coversNoExecute = string.IsNullOrEmpty(t.Effect) || t.Effect == TaintEffects.NoExecute;
            notReady |= coversNoExecute && (key.Length == 0 || key == NotReadyTaint);
            unreachable |= coversNoExecute && (key.Length == 0 || key == UnreachableTaint);
        }

        if (notReady && unreachable)
        {
            return pod;
        }

        var tolerations = new List<Toleration>(spec.Tolerations);
        if (!notReady)
        {
            tolerations.Add(Default(NotReadyTaint));
        }

        if (!unreachable)
        {
            tolerations.Add(Default(UnreachableTaint));
        }

        return pod with { Spec = spec with { Tolerations = tolerations } };
    }

    private static Toleration Default(string key) => new()
    {
        Key = key,
        Operator = TolerationOperators.Exists,
        Effect = TaintEffects.NoExecute,
        TolerationSeconds = DefaultSeconds,
    };
}
