namespace PodSim.Model;

/// <summary>Well-known URI schemes of HTTP probes and hooks.</summary>
public static class UriSchemes
{
    /// <summary>Plain HTTP.</summary>
    public const string Http = "HTTP";

    /// <summary>HTTP over TLS.</summary>
    public const string Https = "HTTPS";
}
