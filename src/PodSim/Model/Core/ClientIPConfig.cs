namespace PodSim.Model;

/// <summary>Client IP based session affinity settings.</summary>
public sealed record ClientIPConfig
{
    /// <summary>Gets how long, in seconds, a client sticks to one endpoint.</summary>
    public int? TimeoutSeconds { get; init; }
}
