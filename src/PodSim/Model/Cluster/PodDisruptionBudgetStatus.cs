namespace PodSim.Model;

/// <summary>
/// What the disruption controller observed of a PodDisruptionBudget's pods (<c>policy/v1</c>
/// PodDisruptionBudgetStatus); the eviction subresource decides from it.
/// </summary>
public sealed record PodDisruptionBudgetStatus
{
    /// <summary>Gets the generation the status was computed for.</summary>
    public long? ObservedGeneration { get; init; }

    /// <summary>
    /// Gets the pods evicted through the API whose deletion the controller has not seen yet, with the eviction's time.
    /// </summary>
    public IReadOnlyDictionary<string, DateTimeOffset> DisruptedPods { get; init; } = System.Collections.ObjectModel.ReadOnlyDictionary<string, DateTimeOffset>.Empty;

    /// <summary>Gets how many pods may be disrupted now.</summary>
    public int? DisruptionsAllowed { get; init; }

    /// <summary>Gets how many selected pods are healthy now.</summary>
    public int? CurrentHealthy { get; init; }

    /// <summary>Gets how many healthy pods the budget wants.</summary>
    public int? DesiredHealthy { get; init; }

    /// <summary>Gets how many pods the budget counts.</summary>
    public int? ExpectedPods { get; init; }

    /// <summary>Gets the conditions (<c>DisruptionAllowed</c>).</summary>
    public IReadOnlyList<Condition> Conditions { get; init; } = [];
}
