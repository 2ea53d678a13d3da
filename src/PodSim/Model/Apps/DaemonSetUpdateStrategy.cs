namespace PodSim.Model;

/// <summary>How a daemon set updates its pods.</summary>
public sealed record DaemonSetUpdateStrategy
{
    /// <summary>Gets the strategy type (RollingUpdate or OnDelete).</summary>
    public string? Type { get; init; }

    /// <summary>Gets the rolling update settings.</summary>
    public RollingUpdateDaemonSet? RollingUpdate { get; init; }
}
