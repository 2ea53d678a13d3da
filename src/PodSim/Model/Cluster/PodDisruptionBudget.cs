namespace PodSim.Model;

/// <summary>A Kubernetes PodDisruptionBudget (policy/v1): limits voluntary disruptions of a set of pods.</summary>
public sealed record PodDisruptionBudget : KubeObject
{
    /// <summary>Gets the budget's desired behaviour.</summary>
    public PodDisruptionBudgetSpec? Spec { get; init; }

    /// <summary>Gets the object's observed status, kept as written: PodSim does not simulate it.</summary>
    public FreeformValue? Status { get; init; }
}
