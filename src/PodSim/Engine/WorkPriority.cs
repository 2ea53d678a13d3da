namespace PodSim.Engine;

/// <summary>
/// The order in which work due at the same virtual instant runs (lower first); within one priority, work runs in
/// the order it was scheduled. This is the documented tie-break rule: container exits, then probe results,
/// then timers (back-off expiry, deadlines, user timers), then scenario actions, then status synchronisation.
/// </summary>
public enum WorkPriority
{
    /// <summary>A container process exits (on its own, by signal or by the kernel).</summary>
    ContainerExit = 0,

    /// <summary>A probe produces a result.</summary>
    ProbeResult = 1,

    /// <summary>A timer fires: back-off expiry, pull completion, deadlines, hooks, user timers.</summary>
    Timer = 2,

    /// <summary>A scenario action (create, delete, kill) takes effect.</summary>
    Action = 3,

    /// <summary>The kubelet synchronises a pod after the instant's other work.</summary>
    Sync = 4,
}
