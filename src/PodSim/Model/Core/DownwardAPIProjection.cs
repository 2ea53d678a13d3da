namespace PodSim.Model;

/// <summary>Pod information inside a projected volume.</summary>
public sealed record DownwardAPIProjection
{
    /// <summary>Gets the files to write.</summary>
    public IReadOnlyList<DownwardAPIVolumeFile> Items { get; init; } = [];
}
