namespace PodSim.Model;

/// <summary>An inline ephemeral volume provided by a CSI driver.</summary>
public sealed record CsiVolumeSource
{
    /// <summary>Gets the name of the CSI driver.</summary>
    public string? Driver { get; init; }

    /// <summary>Gets a value indicating whether the volume is mounted read-only.</summary>
    public bool? ReadOnly { get; init; }

    /// <summary>Gets the filesystem type to mount.</summary>
    public string? FsType { get; init; }

    /// <summary>Gets driver-specific attributes.</summary>
    public IReadOnlyDictionary<string, string> VolumeAttributes { get; init; } = EmptyMap.Strings;

    /// <summary>Gets the secret passed to the driver when publishing.</summary>
    public LocalObjectReference? NodePublishSecretRef { get; init; }
}
