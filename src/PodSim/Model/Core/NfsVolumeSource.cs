namespace PodSim.Model;

/// <summary>An NFS export.</summary>
public sealed record NfsVolumeSource
{
    /// <summary>Gets the NFS server's host name or IP address.</summary>
    public string? Server { get; init; }

    /// <summary>Gets the exported path.</summary>
    public string? Path { get; init; }

    /// <summary>Gets a value indicating whether the export is mounted read-only.</summary>
    public bool? ReadOnly { get; init; }
}
