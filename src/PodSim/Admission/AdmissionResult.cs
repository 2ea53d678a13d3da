using PodSim.Model;

namespace PodSim.Admission;

/// <summary>The outcome of running the admission chain on a pod being created.</summary>
/// <param name="Pod">
/// The pod as the API server would store it: API defaults, LimitRange defaults and the
/// <c>kubernetes.io/limit-ranger</c> annotation, priority, default tolerations and RuntimeClass overhead applied,
/// generation 1, and a status of phase Pending with the QoS class.
/// When the pod is rejected, this is the pod as far as the chain got.
/// </param>
/// <param name="Errors">
/// The rejection, empty when admitted. The API server stops at the first plugin that refuses, so there is at most one.
/// </param>
internal sealed record AdmissionResult(Pod Pod, IReadOnlyList<AdmissionError> Errors)
{
    /// <summary>Gets a value indicating whether the pod was admitted.</summary>
    public bool Admitted => Errors.Count == 0;
}
