namespace PodSim.Model;

/// <summary>The enforced limits and usage of a resource quota.</summary>
public sealed record ResourceQuotaStatus
{
    /// <summary>Gets the hard limit enforced per resource.</summary>
    public IReadOnlyDictionary<string, Quantity> Hard { get; init; } = EmptyMap.Quantities;

    /// <summary>Gets the current usage per resource.</summary>
    public IReadOnlyDictionary<string, Quantity> Used { get; init; } = EmptyMap.Quantities;
}
