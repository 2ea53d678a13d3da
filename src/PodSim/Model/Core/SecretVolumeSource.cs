namespace PodSim.Model;

/// <summary>A secret projected as files.</summary>
public sealed record SecretVolumeSource
{
    /// <summary>Gets the name of the secret.</summary>
    public string? SecretName { get; init; }

    /// <summary>Gets the keys to project and their file paths; all keys when empty.</summary>
    public IReadOnlyList<KeyToPath> Items { get; init; } = [];

    /// <summary>Gets the default permission bits of the files.</summary>
    public int? DefaultMode { get; init; }

    /// <summary>Gets a value indicating whether the secret may be missing.</summary>
    public bool? Optional { get; init; }
}
