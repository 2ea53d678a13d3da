namespace PodSim.Model;

/// <summary>A scratch directory tied to the pod's lifetime.</summary>
public sealed record EmptyDirVolumeSource
{
    /// <summary>Gets the storage medium, empty for node disk or Memory for tmpfs.</summary>
    public string? Medium { get; init; }

    /// <summary>Gets the maximum size of the directory.</summary>
    public Quantity? SizeLimit { get; init; }

    /// <summary>Gets the permission bits of the directory (for example <c>01777</c>), a recent field.</summary>
    public int? Mode { get; init; }
}
