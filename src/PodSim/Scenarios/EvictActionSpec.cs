namespace PodSim.Scenarios;

/// <summary>
/// Evicts a pod through the API's eviction subresource, as <c>kubectl drain</c> does for each pod: a
/// PodDisruptionBudget selecting the pod may refuse it.
/// </summary>
public sealed record EvictActionSpec
{
    /// <summary>Gets the pod's name.</summary>
    public string? Pod { get; init; }

    /// <summary>Gets the pod's namespace; default <c>default</c>.</summary>
    public string? Namespace { get; init; }

    /// <summary>Gets the grace period of the deletion; default the pod's own.</summary>
    public long? GracePeriodSeconds { get; init; }
}
