using PodSim.Model;

namespace PodSim.Scheduling;

/// <summary>
/// The effective requests and limits of a pod as the scheduler and quota see them (<c>PodRequests</c> /
/// <c>PodLimits</c> in <c>component-helpers/resource</c>): regular containers plus sidecars, against the largest
/// init-container use (an init container's own request plus the sidecars started before it), plus the
/// RuntimeClass overhead.
/// </summary>
internal static class PodResourceRules
{
    /// <summary>Computes the effective requests of a pod spec.</summary>
    /// <param name="spec">The (defaulted) pod spec; its <c>overhead</c> is added.</param>
    /// <returns>The requests per resource name, sorted by name.</returns>
    public static IReadOnlyDictionary<string, Quantity> PodRequests(PodSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return Aggregate(spec, c => c.Resources?.Requests, addOverheadOnlyToNonZero: false);
    }

    /// <summary>Computes the effective limits of a pod spec (overhead added only to resources that have a limit).</summary>
    /// <param name="spec">The (defaulted) pod spec.</param>
    /// <returns>The limits per resource name, sorted by name.</returns>
    public static IReadOnlyDictionary<string, Quantity> PodLimits(PodSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return Aggregate(spec, c => c.Resources?.Limits, addOverheadOnlyToNonZero: true);
    }

    private static SortedDictionary<string, Quantity> Aggregate(PodSpec spec, Func<Container, IReadOnlyDictionary<string, Quantity>?> select, bool addOverheadOnlyToNonZero)
    {
        var total = new SortedDictionary<string, Quantity>(StringComparer.Ordinal);
        foreach (var container in spec.Containers)
        {
            AddTo(total, select(container));
        }

        var sidecarsSoFar = new SortedDictionary<string, Quantity>(StringComparer.Ordinal);
        var initMax = new SortedDictionary<string, Quantity>(StringComparer.Ordinal);
        foreach (var container in spec.InitContainers)
        {
            var own = select(container);
            SortedDictionary<string, Quantity> use;
            if (container.IsSidecar)
            {
                // A sidecar keeps running: it adds to the pod total and to every later init container's use.
                AddTo(total, own);
                AddTo(sidecarsSoFar, own);
                use = new SortedDictionary<string, Quantity>(sidecarsSoFar, StringComparer.Ordinal);
            }
            else
            {
                use = new SortedDictionary<string, Quantity>(sidecarsSoFar, StringComparer.Ordinal);
                AddTo(use, own);
            }

            foreach (var (name, value) in use)
            {
                if (!initMax.TryGetValue(name, out var current) || value > current)
                {
                    initMax[name] = value;
                }
            }
        }

        foreach (var (name, value) in initMax)
        {
            if (!total.TryGetValue(name, out var current) || value > current)
            {
                total[name] = value;
            }
        }

        foreach (var (name, value) in spec.Overhead)
        {
            if (total.TryGetValue(name, out var current))
            {
                total[name] = current + value;
            }
            else if (!addOverheadOnlyToNonZero)
            {
                total[name] = value;
            }
        }

        return total;
    }

    private static void AddTo(SortedDictionary<string, Quantity> sum, IReadOnlyDictionary<string, Quantity>? list)
    {
        if (list is null)
        {
            return;
        }

        foreach (var (name, value) in list)
        {
            sum[name] = sum.TryGetValue(name, out var current) ? current + value : value;
        }
    }
}
