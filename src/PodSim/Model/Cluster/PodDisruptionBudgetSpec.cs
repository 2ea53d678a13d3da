namespace PodSim.Model;

/// <summary>The desired behaviour of a pod disruption budget.</summary>
public sealed record PodDisruptionBudgetSpec
{
    /// <summary>Gets how many selected pods must stay available, as a number or percentage.</summary>
    public IntOrString? MinAvailable { get; init; }

    /// <summary>Gets the selector of the pods covered.</summary>
    public LabelSelector? Selector { get; init; }

    /// <summary>Gets how many selected pods may be unavailable, as a number or percentage.</summary>
    public IntOrString? MaxUnavailable { get; init; }

    /// <summary>Gets when unhealthy pods may be evicted (IfHealthyBudget or AlwaysAllow).</summary>
    public string? UnhealthyPodEvictionPolicy { get; init; }
}
