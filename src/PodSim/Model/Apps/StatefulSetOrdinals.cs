namespace PodSim.Model;

/// <summary>How a stateful set numbers its replicas.</summary>
public sealed record StatefulSetOrdinals
{
    /// <summary>Gets the first replica index.</summary>
    public int? Start { get; init; }
}
