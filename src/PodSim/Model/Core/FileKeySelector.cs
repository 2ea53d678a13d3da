namespace PodSim.Model;

/// <summary>Selects one key of an env file stored on a volume.</summary>
public sealed record FileKeySelector
{
    /// <summary>Gets the name of the volume holding the file.</summary>
    public string? VolumeName { get; init; }

    /// <summary>Gets the file's path inside the volume.</summary>
    public string? Path { get; init; }

    /// <summary>Gets the key to read from the file.</summary>
    public string? Key { get; init; }

    /// <summary>Gets a value indicating whether the file or key may be missing.</summary>
    public bool? Optional { get; init; }
}
