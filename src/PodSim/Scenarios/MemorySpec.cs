using PodSim.Model;

namespace PodSim.Scenarios;

/// <summary>Working-set memory of a process over time.</summary>
public sealed record MemorySpec
{
    /// <summary>Gets the usage at start.</summary>
    public Quantity? Initial { get; init; }

    /// <summary>Gets the growth per second.</summary>
    public Quantity? GrowthPerSecond { get; init; }

    /// <summary>Gets usage steps at times after start, instead of or on top of linear growth.</summary>
    public IReadOnlyList<MemoryStepSpec> Steps { get; init; } = [];
}
