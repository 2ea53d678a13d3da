namespace PodSim.Model;

/// <summary>The limits a limit range enforces.</summary>
public sealed record LimitRangeSpec
{
    /// <summary>Gets the limits, one per kind of object.</summary>
    public IReadOnlyList<LimitRangeItem> Limits { get; init; } = [];
}
