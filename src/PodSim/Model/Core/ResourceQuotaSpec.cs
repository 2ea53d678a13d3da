namespace PodSim.Model;

/// <summary>The desired limits of a resource quota.</summary>
public sealed record ResourceQuotaSpec
{
    /// <summary>Gets the hard limit per resource.</summary>
    public IReadOnlyDictionary<string, Quantity> Hard { get; init; } = EmptyMap.Quantities;

    /// <summary>Gets the scopes the quota counts objects in.</summary>
    public IReadOnlyList<string> Scopes { get; init; } = [];

    /// <summary>Gets the selector of the scopes the quota counts objects in.</summary>
    public ScopeSelector? ScopeSelector { get; init; }
}
