using PodSim.Model;

namespace PodSim.Qos;

/// <summary>
/// The <c>oom_score_adj</c> the kubelet gives a container process (<c>GetContainerOOMScoreAdjust</c> in
/// <c>pkg/kubelet/qos/policy.go</c>): lower means the kernel kills it later.
/// </summary>
internal static class OomScoreRules
{
    /// <summary>The adjustment of Guaranteed and node-critical containers.</summary>
    public const int GuaranteedOomScoreAdj = -997;

    /// <summary>The adjustment of BestEffort containers.</summary>
    public const int BestEffortOomScoreAdj = 1000;

    /// <summary>The priority class that makes a pod node-critical.</summary>
    public const string SystemNodeCritical = "system-node-critical";

    /// <summary>Computes a container's <c>oom_score_adj</c>.</summary>
    /// <param name="spec">The (defaulted) pod spec.</param>
    /// <param name="container">The container, regular or init (sidecar).</param>
    /// <param name="nodeMemoryCapacityBytes">The node's memory capacity in bytes.</param>
    /// <returns>The adjustment, from -997 to 1000.</returns>
    public static int ContainerOomScoreAdjust(PodSpec spec, Container container, long nodeMemoryCapacityBytes)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(container);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(nodeMemoryCapacityBytes, 0);
        if (spec.PriorityClassName == SystemNodeCritical)
        {
            return GuaranteedOomScoreAdj;
        }

        switch (QosRules.ComputeDefaultedPodQos(spec))
        {
            case QosClasses.Guaranteed:
                return GuaranteedOomScoreAdj;
            case QosClasses.BestEffort:
                return BestEffortOomScoreAdj;
        }

        var adj = Burstable(MemoryRequest(container), nodeMemoryCapacityBytes);
        if (container.IsSidecar && spec.Containers.Count > 0)
        {
            // A sidecar must not be killed before the main containers: cap it at the score of the regular
            // container with the smallest memory request (the highest regular score).
            var smallest = long.MaxValue;
            foreach (var c in spec.Containers)
            {
                smallest = Math.Min(smallest, MemoryRequest(c));
            }

            adj = Math.Min(adj, Burstable(smallest, nodeMemoryCapacityBytes));
        }

        return adj;
    }

    /// <summary>
    /// The Burstable formula: <c>1000 - 1000 * request / capacity</c> in integer arithmetic, clamped so that it
    /// stays above Guaranteed (at least 3) and below BestEffort (at most 999).
    /// </summary>
    /// <param name="memoryRequestBytes">The container's memory request.</param>
    /// <param name="nodeMemoryCapacityBytes">The node's memory capacity.</param>
    /// <returns>The adjustment.</returns>
    public static int Burstable(long memoryRequestBytes, long nodeMemoryCapacityBytes)
    {
        var share = 1000 * (Int128)memoryRequestBytes / nodeMemoryCapacityBytes;
        var adj = 1000 - (int)(share > 1000 ? 1000 : share);
        if (adj < 1000 + GuaranteedOomScoreAdj)
        {
            return 1000 + GuaranteedOomScoreAdj;
        }

        return adj == BestEffortOomScoreAdj ? BestEffortOomScoreAdj - 1 : adj;
    }

    private static long MemoryRequest(Container container) =>
        container.Resources?.Requests is { } r && r.TryGetValue(ResourceNames.Memory, out var q) ? q.Value() : 0;
}
