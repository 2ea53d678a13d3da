namespace PodSim.Model;

/// <summary>An SELinux label.</summary>
public sealed record SeLinuxOptions
{
    /// <summary>Gets the SELinux user.</summary>
    public string? User { get; init; }

    /// <summary>Gets the SELinux role.</summary>
    public string? Role { get; init; }

    /// <summary>Gets the SELinux type.</summary>
    public string? Type { get; init; }

    /// <summary>Gets the SELinux level.</summary>
    public string? Level { get; init; }
}
