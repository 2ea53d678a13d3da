namespace PodSim.Engine;

/// <summary>
/// A handle on a piece of work queued on the virtual clock. It can cancel the work until it runs; once the work
/// has run or been cancelled the handle is inert (its slot in the queue may serve other work, which the handle's
/// generation tells apart). A small value type, so queueing allocates nothing but the caller's delegate.
/// </summary>
internal readonly struct PendingWork : IEquatable<PendingWork>
{
    private readonly Agenda? _queue;
    private readonly int _slot;
    private readonly int _generation;

    internal PendingWork(Agenda queue, int slot, int generation, TimeSpan due, WorkTier tier, long sequence)
    {
        _queue = queue;
        _slot = slot;
        _generation = generation;
        Due = due;
        Tier = tier;
        Sequence = sequence;
    }

    /// <summary>Gets when the work is due, as an offset from the simulation's start time.</summary>
    public TimeSpan Due { get; }

    /// <summary>Gets the work's tier among work due at the same instant.</summary>
    public WorkTier Tier { get; }

    /// <summary>Gets the queueing sequence number, the last tie-break.</summary>
    public long Sequence { get; }

    /// <summary>Gets a value indicating whether the work is still waiting to run.</summary>
    public bool IsPending => _queue is not null && _queue.IsPending(_slot, _generation);

    /// <summary>Compares two handles.</summary>
    /// <param name="left">The first handle.</param>
    /// <param name="right">The second handle.</param>
    /// <returns>Whether they refer to the same queued work.</returns>
    public static bool operator ==(PendingWork left, PendingWork right) => left.Equals(right);

    /// <summary>Compares two handles.</summary>
    /// <param name="left">The first handle.</param>
    /// <param name="right">The second handle.</param>
    /// <returns>Whether they refer to different queued work.</returns>
    public static bool operator !=(PendingWork left, PendingWork right) => !left.Equals(right);

    /// <summary>Cancels the work if it has not run yet.</summary>
    /// <returns>Whether the work was pending and is now cancelled.</returns>
    public bool Cancel() => _queue is not null && _queue.Cancel(_slot, _generation);

    /// <inheritdoc/>
    public bool Equals(PendingWork other) => ReferenceEquals(_queue, other._queue) && _slot == other._slot && _generation == other._generation;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PendingWork other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_slot, _generation);
}
