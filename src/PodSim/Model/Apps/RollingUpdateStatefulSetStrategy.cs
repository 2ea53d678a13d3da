namespace PodSim.Model;

/// <summary>Rolling update settings of a stateful set.</summary>
public sealed record RollingUpdateStatefulSetStrategy
{
    /// <summary>Gets the ordinal at and above which pods are updated.</summary>
    public int? Partition { get; init; }

    /// <summary>Gets how many pods may be unavailable during the update, as a number or percentage.</summary>
    public IntOrString? MaxUnavailable { get; init; }
}
