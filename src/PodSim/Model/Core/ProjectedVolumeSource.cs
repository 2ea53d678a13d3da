namespace PodSim.Model;

/// <summary>Several volume sources combined into one directory.</summary>
public sealed record ProjectedVolumeSource
{
    /// <summary>Gets the sources combined.</summary>
    public IReadOnlyList<VolumeProjection> Sources { get; init; } = [];

    /// <summary>Gets the default permission bits of the files.</summary>
    public int? DefaultMode { get; init; }
}
