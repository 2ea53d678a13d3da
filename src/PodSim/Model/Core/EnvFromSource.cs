namespace PodSim.Model;

/// <summary>A source whose keys all become environment variables.</summary>
public sealed record EnvFromSource
{
    /// <summary>Gets the prefix put before every variable name.</summary>
    public string? Prefix { get; init; }

    /// <summary>Gets the config map to read.</summary>
    public ConfigMapEnvSource? ConfigMapRef { get; init; }

    /// <summary>Gets the secret to read.</summary>
    public SecretEnvSource? SecretRef { get; init; }
}
