namespace PodSim.Model;

/// <summary>One condition of a pod.</summary>
public sealed record PodCondition
{
    /// <summary>Gets the condition's type (see <see cref="PodConditionTypes"/>).</summary>
    public string? Type { get; init; }

    /// <summary>Gets the pod generation the condition was set for.</summary>
    public long? ObservedGeneration { get; init; }

    /// <summary>Gets the condition's status (see <see cref="ConditionStatuses"/>).</summary>
    public string? Status { get; init; }

    /// <summary>Gets when the condition was last checked.</summary>
    public DateTimeOffset? LastProbeTime { get; init; }

    /// <summary>Gets when the condition last changed status.</summary>
    public DateTimeOffset? LastTransitionTime { get; init; }

    /// <summary>Gets a short machine-readable reason for the last change.</summary>
    public string? Reason { get; init; }

    /// <summary>Gets a human-readable explanation of the last change.</summary>
    public string? Message { get; init; }
}
