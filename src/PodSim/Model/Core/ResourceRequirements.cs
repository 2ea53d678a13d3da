namespace PodSim.Model;

/// <summary>Compute resource requests and limits.</summary>
public sealed record ResourceRequirements
{
    /// <summary>Gets the maximum amounts of resources allowed.</summary>
    public IReadOnlyDictionary<string, Quantity> Limits { get; init; } = EmptyMap.Quantities;

    /// <summary>Gets the minimum amounts of resources asked for.</summary>
    public IReadOnlyDictionary<string, Quantity> Requests { get; init; } = EmptyMap.Quantities;

    /// <summary>Gets the pod resource claims this entry uses.</summary>
    public IReadOnlyList<ResourceClaim> Claims { get; init; } = [];
}
