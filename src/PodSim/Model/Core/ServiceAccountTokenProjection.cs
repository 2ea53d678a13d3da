namespace PodSim.Model;

/// <summary>A service account token inside a projected volume.</summary>
public sealed record ServiceAccountTokenProjection
{
    /// <summary>Gets the audience the token is issued for.</summary>
    public string? Audience { get; init; }

    /// <summary>Gets the requested lifetime of the token in seconds.</summary>
    public long? ExpirationSeconds { get; init; }

    /// <summary>Gets the relative file path of the token.</summary>
    public string? Path { get; init; }
}
