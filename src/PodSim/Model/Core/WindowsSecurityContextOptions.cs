namespace PodSim.Model;

/// <summary>Windows-specific security settings.</summary>
public sealed record WindowsSecurityContextOptions
{
    /// <summary>Gets the name of the GMSA credential spec resource.</summary>
    public string? GmsaCredentialSpecName { get; init; }

    /// <summary>Gets the inline GMSA credential spec.</summary>
    public string? GmsaCredentialSpec { get; init; }

    /// <summary>Gets the Windows user name the process runs as.</summary>
    public string? RunAsUserName { get; init; }

    /// <summary>Gets a value indicating whether the container runs as a host process.</summary>
    public bool? HostProcess { get; init; }
}
