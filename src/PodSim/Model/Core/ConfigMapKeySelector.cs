namespace PodSim.Model;

/// <summary>Selects one key of a config map.</summary>
public sealed record ConfigMapKeySelector
{
    /// <summary>Gets the name of the config map.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the key to select.</summary>
    public string? Key { get; init; }

    /// <summary>Gets a value indicating whether the config map or key may be missing.</summary>
    public bool? Optional { get; init; }
}
