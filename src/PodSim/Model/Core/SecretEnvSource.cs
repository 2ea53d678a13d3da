namespace PodSim.Model;

/// <summary>A secret used as a whole to fill environment variables.</summary>
public sealed record SecretEnvSource
{
    /// <summary>Gets the name of the secret.</summary>
    public string? Name { get; init; }

    /// <summary>Gets a value indicating whether the secret may be missing.</summary>
    public bool? Optional { get; init; }
}
