namespace PodSim.Model;

/// <summary>Rolling update settings of a deployment.</summary>
public sealed record RollingUpdateDeployment
{
    /// <summary>Gets how many pods may be unavailable during the update, as a number or percentage.</summary>
    public IntOrString? MaxUnavailable { get; init; }

    /// <summary>Gets how many pods may exist above the desired count, as a number or percentage.</summary>
    public IntOrString? MaxSurge { get; init; }
}
