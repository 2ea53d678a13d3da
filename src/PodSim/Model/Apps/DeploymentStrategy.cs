namespace PodSim.Model;

/// <summary>How a deployment replaces pods.</summary>
public sealed record DeploymentStrategy
{
    /// <summary>Gets the strategy type (Recreate or RollingUpdate).</summary>
    public string? Type { get; init; }

    /// <summary>Gets the rolling update settings.</summary>
    public RollingUpdateDeployment? RollingUpdate { get; init; }
}
