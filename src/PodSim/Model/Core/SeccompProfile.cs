namespace PodSim.Model;

/// <summary>A seccomp profile selection.</summary>
public sealed record SeccompProfile
{
    /// <summary>Gets the kind of profile (RuntimeDefault, Unconfined or Localhost).</summary>
    public string? Type { get; init; }

    /// <summary>Gets the path of a profile file on the node.</summary>
    public string? LocalhostProfile { get; init; }
}
