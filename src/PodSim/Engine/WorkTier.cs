namespace PodSim.Engine;

/// <summary>
/// The order in which work due at the same virtual instant runs (lower first); within one tier, work runs in the
/// order it was queued. This is the documented tie-break rule (docs/timing-model.md): container exits, then probe
/// results, then timers (back-off expiry, deadlines, user timers), then scenario actions, then the kubelet's pod
/// syncs. The values leave gaps so that the control plane's tiers (watch delivery, controller syncs, scheduling
/// cycles) take their place between actions and kubelet syncs without renumbering.
/// </summary>
internal enum WorkTier
{
    /// <summary>A container process exits (on its own, by signal or by the kernel).</summary>
    ContainerExit = 0,

    /// <summary>A probe produces a result.</summary>
    ProbeResult = 10,

    /// <summary>A timer fires: back-off expiry, pull completion, deadlines, hooks, user timers.</summary>
    Timer = 20,

    /// <summary>A scenario action (create, delete, kill) takes effect.</summary>
    Action = 30,

    /// <summary>A watch delivers a change to an informer, whose handlers run.</summary>
    WatchDelivery = 40,

    /// <summary>A controller reconciles a key from its work queue (the garbage collector, workload controllers).</summary>
    ControllerSync = 50,

    /// <summary>The scheduler runs a scheduling cycle for a pending pod.</summary>
    SchedulingCycle = 60,

    /// <summary>The kubelet synchronises a pod after the instant's other work.</summary>
    KubeletSync = 70,
}
