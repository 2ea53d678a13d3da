using PodSim.Defaulting;
using PodSim.Model;

namespace PodSim.Qos;

/// <summary>
/// The pod QoS class (<c>ComputePodQOS</c> in <c>pkg/apis/core/v1/helper/qos</c>, newest): per container over init
/// containers (sidecars included) and regular containers, ephemeral containers excluded; only cpu and memory count;
/// pod-level <c>spec.resources</c>, when set, decides alone.
/// </summary>
public static class QosRules
{
    /// <summary>
    /// Computes the QoS class of a pod spec as the API server sets <c>status.qosClass</c>: on the pod's defaults, so a
    /// copy of the spec gets them first (the spec itself is not changed). A container with limits only has its
    /// requests copied from them, which makes a pod with cpu and memory limits only Guaranteed.
    /// </summary>
    /// <param name="spec">The pod spec, defaulted or as loaded.</param>
    /// <returns><c>Guaranteed</c>, <c>Burstable</c> or <c>BestEffort</c>.</returns>
    public static string ComputePodQos(PodSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return ComputeDefaultedPodQos(ApiDefaults.ApplyPod(new Pod { Spec = spec }).Spec!);
    }

    /// <summary>
    /// <see cref="ComputePodQos"/> on a spec that has its pod defaults already (requests copied from limits), as every
    /// stored pod has: the hot path of admission, the API server and the kubelet, without the defaulting walk.
    /// </summary>
    /// <param name="spec">The defaulted pod spec.</param>
    /// <returns><c>Guaranteed</c>, <c>Burstable</c> or <c>BestEffort</c>.</returns>
    internal static string ComputeDefaultedPodQos(PodSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Resources is { } podLevel && (podLevel.Requests.Count > 0 || podLevel.Limits.Count > 0))
        {
            return ContainerClass(podLevel);
        }

        var any = false;
        var allGuaranteed = true;
        var allBestEffort = true;
        foreach (var container in spec.InitContainers)
        {
            Accumulate(container.Resources);
        }

        foreach (var container in spec.Containers)
        {
            Accumulate(container.Resources);
        }

        if (!any || allBestEffort)
        {
            return QosClasses.BestEffort;
        }

        return allGuaranteed ? QosClasses.Guaranteed : QosClasses.Burstable;

        void Accumulate(ResourceRequirements? resources)
        {
            any = true;
            var cls = ContainerClass(resources);
            allGuaranteed &= cls == QosClasses.Guaranteed;
            allBestEffort &= cls == QosClasses.BestEffort;
            if (cls == QosClasses.Burstable)
            {
                allGuaranteed = false;
                allBestEffort = false;
            }
        }
    }

    /// <summary>
    /// The class of one container's (or the pod-level) resources: BestEffort when neither cpu nor memory has a non-zero
    /// request or limit; Guaranteed when cpu and memory both have a non-zero request equal to their limit; else Burstable.
    /// </summary>
    /// <param name="resources">The resources.</param>
    /// <returns>The class.</returns>
    public static string ContainerClass(ResourceRequirements? resources)
    {
        var requests = resources?.Requests ?? EmptyMap.Quantities;
        var limits = resources?.Limits ?? EmptyMap.Quantities;
        var cpuRequest = Positive(requests, ResourceNames.Cpu);
        var cpuLimit = Positive(limits, ResourceNames.Cpu);
        var memoryRequest = Positive(requests, ResourceNames.Memory);
        var memoryLimit = Positive(limits, ResourceNames.Memory);
        if (cpuRequest is null && cpuLimit is null && memoryRequest is null && memoryLimit is null)
        {
            return QosClasses.BestEffort;
        }

        var guaranteed = cpuRequest is { } cr && cpuLimit is { } cl && cr == cl
            && memoryRequest is { } mr && memoryLimit is { } ml && mr == ml;
        return guaranteed ? QosClasses.Guaranteed : QosClasses.Burstable;
    }

    private static Quantity? Positive(IReadOnlyDictionary<string, Quantity> list, string name) =>
        list.TryGetValue(name, out var q) && q.Sign > 0 ? q : null;
}
