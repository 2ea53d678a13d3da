namespace PodSim.Model;

/// <summary>Pod information written to files.</summary>
public sealed record DownwardAPIVolumeSource
{
    /// <summary>Gets the files to write.</summary>
    public IReadOnlyList<DownwardAPIVolumeFile> Items { get; init; } = [];

    /// <summary>Gets the default permission bits of the files.</summary>
    public int? DefaultMode { get; init; }
}
