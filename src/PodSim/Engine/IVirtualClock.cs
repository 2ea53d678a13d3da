namespace PodSim.Engine;

/// <summary>The virtual clock and its agenda, as the time provider and the components see them.</summary>
internal interface IVirtualClock
{
    /// <summary>Gets the virtual time elapsed since the start.</summary>
    TimeSpan Elapsed { get; }

    /// <summary>Gets the current virtual time.</summary>
    DateTimeOffset Now { get; }

    /// <summary>Queues work at a virtual instant; an instant in the past means now.</summary>
    PendingWork Enqueue(TimeSpan due, WorkTier tier, Action action);
}
