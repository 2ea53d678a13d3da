using PodSim.Model;
using PodSim.Scheduling;

namespace PodSim.Admission;

/// <summary>
/// Pod requests and limits as quota and LimitRange see them (<c>PodRequests</c>/<c>PodLimits</c> in
/// <c>component-helpers/resource</c> with the PodLevelResources gate on): the container aggregate of
/// <see cref="PodResourceRules"/>, with pod-level cpu and memory (<c>spec.resources</c>) replacing it when set, then
/// the overhead when asked for.
/// </summary>
internal static class PodLevelResources
{
    /// <summary>Computes the pod's requests.</summary>
    /// <param name="spec">The pod spec.</param>
    /// <param name="includeOverhead">Whether <c>spec.overhead</c> is added (quota: yes; LimitRange: no).</param>
    /// <returns>The requests, sorted by name.</returns>
    internal static SortedDictionary<string, Quantity> Requests(PodSpec spec, bool includeOverhead)
    {
        var result = AdmissionObjects.Copy(PodResourceRules.PodRequests(spec with { Overhead = EmptyMap.Quantities }));
        Override(result, spec.Resources?.Requests);
        if (includeOverhead)
        {
            foreach (var (name, value) in spec.Overhead)
            {
                result[name] = result.TryGetValue(name, out var current) ? current + value : value;
            }
        }

        return result;
    }

    /// <summary>Computes the pod's limits; overhead is added only to resources that have a limit.</summary>
    /// <param name="spec">The pod spec.</param>
    /// <param name="includeOverhead">Whether <c>spec.overhead</c> is added.</param>
    /// <returns>The limits, sorted by name.</returns>
    internal static SortedDictionary<string, Quantity> Limits(PodSpec spec, bool includeOverhead)
    {
        var result = AdmissionObjects.Copy(PodResourceRules.PodLimits(spec with { Overhead = EmptyMap.Quantities }));
        Override(result, spec.Resources?.Limits);
        if (includeOverhead)
        {
            foreach (var (name, value) in spec.Overhead)
            {
                if (result.TryGetValue(name, out var current))
                {
                    result[name] = current + value;
                }
            }
        }

        return result;
    }

    /// <summary>Whether pod-level resources are set for cpu or memory (<c>IsPodLevelResourcesSet</c>).</summary>
    /// <param name="spec">The pod spec.</param>
    /// <returns>True when <c>spec.resources</c> names cpu or memory.</returns>
    internal static bool IsSet(PodSpec spec)
    {
        var resources = spec.Resources;
        if (resources is null)
        {
            return false;
        }

        foreach (var name in resources.Requests.Keys)
        {
            if (IsSupported(name))
            {
                return true;
            }
        }

        foreach (var name in resources.Limits.Keys)
        {
            if (IsSupported(name))
            {
                return true;
            }
        }

        return false;
    }

    private static void Override(SortedDictionary<string, Quantity> aggregate, IReadOnlyDictionary<string, Quantity>? podLevel)
    {
        if (podLevel is null)
        {
            return;
        }

        foreach (var (name, value) in podLevel)
        {
            if (IsSupported(name))
            {
                aggregate[name] = value;
            }
        }
    }

    private static bool IsSupported(string name) => name is ResourceNames.Cpu or ResourceNames.Memory;
}
