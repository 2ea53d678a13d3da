namespace PodSim.Model;

/// <summary>A config map projected as files.</summary>
public sealed record ConfigMapVolumeSource
{
    /// <summary>Gets the name of the config map.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the keys to project and their file paths; all keys when empty.</summary>
    public IReadOnlyList<KeyToPath> Items { get; init; } = [];

    /// <summary>Gets the default permission bits of the files.</summary>
    public int? DefaultMode { get; init; }

    /// <summary>Gets a value indicating whether the config map may be missing.</summary>
    public bool? Optional { get; init; }
}
