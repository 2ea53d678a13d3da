namespace PodSim.Model;

/// <summary>How a stateful set updates its pods.</summary>
public sealed record StatefulSetUpdateStrategy
{
    /// <summary>Gets the strategy type (RollingUpdate or OnDelete).</summary>
    public string? Type { get; init; }

    /// <summary>Gets the rolling update settings.</summary>
    public RollingUpdateStatefulSetStrategy? RollingUpdate { get; init; }
}
