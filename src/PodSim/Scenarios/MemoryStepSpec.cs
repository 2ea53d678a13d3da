using PodSim.Model;

namespace PodSim.Scenarios;

/// <summary>A memory usage step.</summary>
public sealed record MemoryStepSpec
{
    /// <summary>Gets the time after start.</summary>
    public GoDuration? At { get; init; }

    /// <summary>Gets the usage from that time on.</summary>
    public Quantity? Usage { get; init; }
}
