namespace PodSim.Model;

/// <summary>Rolling update settings of a daemon set.</summary>
public sealed record RollingUpdateDaemonSet
{
    /// <summary>Gets how many nodes may lack an available pod during the update, as a number or percentage.</summary>
    public IntOrString? MaxUnavailable { get; init; }

    /// <summary>Gets how many nodes may run an extra new pod during the update, as a number or percentage.</summary>
    public IntOrString? MaxSurge { get; init; }
}
