namespace PodSim.Model;

/// <summary>A Kubernetes PodDisruptionBudget (policy/v1): limits voluntary disruptions of a set of pods.</summary>
public sealed record PodDisruptionBudget : KubeObject
{
    /// <summary>Gets the budget's desired behaviour.</summary>
    public PodDisruptionBudgetSpec? Spec { get; init; }

    /// <summary>
    /// Gets what the disruption controller observed; the API server starts it empty on create, and the eviction
    /// subresource decides from it.
    /// </summary>
    public PodDisruptionBudgetStatus? Status { get; init; }
}
