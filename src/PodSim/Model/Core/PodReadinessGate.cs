namespace PodSim.Model;

/// <summary>An extra pod condition required for readiness.</summary>
public sealed record PodReadinessGate
{
    /// <summary>Gets the type of the pod condition that must be true.</summary>
    public string? ConditionType { get; init; }
}
