using PodSim.Model;

namespace PodSim.Scenarios;

/// <summary>The settings of a <see cref="Scenario"/>; every field is optional.</summary>
public sealed record ScenarioSpec
{
    /// <summary>The start time when none is given: 2025-01-01T00:00:00Z.</summary>
    public static readonly DateTimeOffset DefaultStartTime = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The horizon when none is given: 10 minutes.</summary>
    public static readonly TimeSpan DefaultUntil = TimeSpan.FromMinutes(10);

    /// <summary>The latest time a run may reach: the last whole second a timestamp can hold, 9999-12-31T23:59:59Z.</summary>
    public static readonly DateTimeOffset LatestTime = new(9999, 12, 31, 23, 59, 59, TimeSpan.Zero);

    /// <summary>Gets the virtual epoch: the time at which the simulation starts (default 2025-01-01T00:00:00Z).</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>Gets the default horizon of a run, measured from the start time (default 10m).</summary>
    public GoDuration? Until { get; init; }

    /// <summary>
    /// Gets how many pieces of work a run may process before it stops with <see cref="WorkBudgetExceededException"/>
    /// (default <see cref="Simulation.DefaultWorkBudget"/>): a guard against runs that would take hours or
    /// exhaust memory, such as a millisecond back-off over a long horizon.
    /// </summary>
    public long? WorkBudget { get; init; }

    /// <summary>Gets the seed of all randomness and of derived identifiers such as UIDs (default 0).</summary>
    public long? Seed { get; init; }

    /// <summary>Gets the platform latencies.</summary>
    public LatencySpec? Latency { get; init; }

    /// <summary>Gets the kubelet's settings.</summary>
    public KubeletSpec? Kubelet { get; init; }

    /// <summary>Gets how images behave: presence on the node, pull duration, pull failures.</summary>
    public IReadOnlyList<ImageSpec> Images { get; init; } = [];

    /// <summary>Gets how container processes behave.</summary>
    public IReadOnlyList<BehaviorSpec> Behaviors { get; init; } = [];

    /// <summary>Gets things done to the cluster at virtual times.</summary>
    public IReadOnlyList<ActionSpec> Actions { get; init; } = [];
}
