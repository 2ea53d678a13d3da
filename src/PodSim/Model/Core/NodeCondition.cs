namespace PodSim.Model;

/// <summary>One condition of a node.</summary>
public sealed record NodeCondition
{
    /// <summary>Gets the condition's type, such as Ready.</summary>
    public string? Type { get; init; }

    /// <summary>Gets the condition's status (see <see cref="ConditionStatuses"/>).</summary>
    public string? Status { get; init; }

    /// <summary>Gets when the condition was last reported.</summary>
    public DateTimeOffset? LastHeartbeatTime { get; init; }

    /// <summary>Gets when the condition last changed status.</summary>
    public DateTimeOffset? LastTransitionTime { get; init; }

    /// <summary>Gets a short machine-readable reason for the last change.</summary>
    public string? Reason { get; init; }

    /// <summary>Gets a human-readable explanation of the last change.</summary>
    public string? Message { get; init; }
}
