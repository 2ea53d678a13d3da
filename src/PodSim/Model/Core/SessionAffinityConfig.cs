namespace PodSim.Model;

/// <summary>Session affinity settings of a service.</summary>
public sealed record SessionAffinityConfig
{
    /// <summary>Gets the client IP based affinity settings.</summary>
    public ClientIPConfig? ClientIP { get; init; }
}
