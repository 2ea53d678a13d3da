namespace PodSim.Model;

/// <summary>A secret inside a projected volume.</summary>
public sealed record SecretProjection
{
    /// <summary>Gets the name of the secret.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the keys to project and their file paths; all keys when empty.</summary>
    public IReadOnlyList<KeyToPath> Items { get; init; } = [];

    /// <summary>Gets a value indicating whether the secret may be missing.</summary>
    public bool? Optional { get; init; }
}
