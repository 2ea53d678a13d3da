namespace PodSim.Engine;

/// <summary>A piece of work scheduled on the virtual clock. It can be cancelled until it runs.</summary>
public sealed class ScheduledWork
{
    private Action? _action;

    internal ScheduledWork(TimeSpan due, WorkPriority priority, long sequence, Action action)
    {
        Due = due;
        Priority = priority;
        Sequence = sequence;
        _action = action;
    }

    /// <summary>Gets when the work is due, as an offset from the simulation's start time.</summary>
    public TimeSpan Due { get; }

    /// <summary>Gets the work's priority among work due at the same instant.</summary>
    public WorkPriority Priority { get; }

    /// <summary>Gets the scheduling sequence number, the last tie-break.</summary>
    public long Sequence { get; }

    /// <summary>Gets a value indicating whether the work is still waiting to run.</summary>
    public bool IsPending => _action is not null;

    /// <summary>Cancels the work if it has not run yet.</summary>
    /// <returns>Whether the work was pending and is now cancelled.</returns>
    public bool Cancel()
    {
        var wasPending = _action is not null;
        _action = null;
        return wasPending;
    }

    internal bool TryTake(out Action action)
    {
        action = _action!;
        _action = null;
        return action is not null;
    }
}
