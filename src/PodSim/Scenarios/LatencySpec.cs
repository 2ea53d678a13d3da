using PodSim.Model;

namespace PodSim.Scenarios;

/// <summary>Platform latencies; each defaults to zero.</summary>
public sealed record LatencySpec
{
    /// <summary>Gets the time from pod creation to binding to a node (PodScheduled).</summary>
    public GoDuration? Scheduling { get; init; }

    /// <summary>Gets the time from binding to a ready sandbox (PodReadyToStartContainers).</summary>
    public GoDuration? Sandbox { get; init; }

    /// <summary>Gets the time from creating one container to it running.</summary>
    public GoDuration? ContainerStart { get; init; }
}
