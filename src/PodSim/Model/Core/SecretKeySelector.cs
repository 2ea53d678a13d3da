namespace PodSim.Model;

/// <summary>Selects one key of a secret.</summary>
public sealed record SecretKeySelector
{
    /// <summary>Gets the name of the secret.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the key to select.</summary>
    public string? Key { get; init; }

    /// <summary>Gets a value indicating whether the secret or key may be missing.</summary>
    public bool? Optional { get; init; }
}
