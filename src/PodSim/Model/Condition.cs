namespace PodSim.Model;

/// <summary>
/// A condition of the shape every newer API uses (<c>metav1.Condition</c>): the PodDisruptionBudget's, for example.
/// </summary>
public sealed record Condition
{
    /// <summary>Gets the condition's type, such as <c>DisruptionAllowed</c>.</summary>
    public string? Type { get; init; }

    /// <summary>Gets <c>True</c>, <c>False</c> or <c>Unknown</c>.</summary>
    public string? Status { get; init; }

    /// <summary>Gets the object's generation the condition was set from.</summary>
    public long? ObservedGeneration { get; init; }

    /// <summary>Gets when the status last changed.</summary>
    public DateTimeOffset? LastTransitionTime { get; init; }

    /// <summary>Gets a one-word reason in UpperCamelCase.</summary>
    public string? Reason { get; init; }

    /// <summary>Gets a human-readable message.</summary>
    public string? Message { get; init; }
}
