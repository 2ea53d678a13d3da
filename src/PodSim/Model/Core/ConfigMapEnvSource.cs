namespace PodSim.Model;

/// <summary>A config map used as a whole to fill environment variables.</summary>
public sealed record ConfigMapEnvSource
{
    /// <summary>Gets the name of the config map.</summary>
    public string? Name { get; init; }

    /// <summary>Gets a value indicating whether the config map may be missing.</summary>
    public bool? Optional { get; init; }
}
