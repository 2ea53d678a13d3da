namespace PodSim.Model;

/// <summary>An AppArmor profile selection.</summary>
public sealed record AppArmorProfile
{
    /// <summary>Gets the kind of profile (RuntimeDefault, Unconfined or Localhost).</summary>
    public string? Type { get; init; }

    /// <summary>Gets the name of a profile loaded on the node.</summary>
    public string? LocalhostProfile { get; init; }
}
