namespace PodSim.Model;

/// <summary>Resource bounds and defaults for one kind of object.</summary>
public sealed record LimitRangeItem
{
    /// <summary>Gets the kind of object limited, such as Container or Pod.</summary>
    public string? Type { get; init; }

    /// <summary>Gets the largest amounts allowed.</summary>
    public IReadOnlyDictionary<string, Quantity> Max { get; init; } = EmptyMap.Quantities;

    /// <summary>Gets the smallest amounts allowed.</summary>
    public IReadOnlyDictionary<string, Quantity> Min { get; init; } = EmptyMap.Quantities;

    /// <summary>Gets the limits applied when none are given.</summary>
    public IReadOnlyDictionary<string, Quantity> Default { get; init; } = EmptyMap.Quantities;

    /// <summary>Gets the requests applied when none are given.</summary>
    public IReadOnlyDictionary<string, Quantity> DefaultRequest { get; init; } = EmptyMap.Quantities;

    /// <summary>Gets the largest allowed ratio of limit to request.</summary>
    public IReadOnlyDictionary<string, Quantity> MaxLimitRequestRatio { get; init; } = EmptyMap.Quantities;
}
