namespace PodSim.Model;

/// <summary>A file or directory on the node.</summary>
public sealed record HostPathVolumeSource
{
    /// <summary>Gets the path on the node.</summary>
    public string? Path { get; init; }

    /// <summary>Gets what must exist at the path (see <see cref="HostPathTypes"/>).</summary>
    public string? Type { get; init; }
}
