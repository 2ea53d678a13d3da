namespace PodSim.Model;

/// <summary>Maps one key of a config map or secret to a file path.</summary>
public sealed record KeyToPath
{
    /// <summary>Gets the key to project.</summary>
    public string? Key { get; init; }

    /// <summary>Gets the relative file path the key is written to.</summary>
    public string? Path { get; init; }

    /// <summary>Gets the permission bits of the file.</summary>
    public int? Mode { get; init; }
}
