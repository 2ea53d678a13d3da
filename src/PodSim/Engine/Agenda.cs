namespace PodSim.Engine;

/// <summary>
/// The simulation's agenda: a binary heap of slot numbers ordered by (due time, tier, sequence). Each slot holds
/// the work's delegate; slots are recycled through a free list with a generation count, so queueing allocates no
/// per-event object and a stale <see cref="PendingWork"/> handle can never touch newer work. Cancelled work stays
/// in the heap and is skipped when it surfaces, which keeps cancellation O(1).
/// </summary>
internal sealed class Agenda
{
    private readonly PriorityQueue<int, (long Due, int Tier, long Sequence)> _heap = new();
    private Slot[] _slots = new Slot[64];
    private int _used;
    private int _free = -1;
    private long _sequence;

    public PendingWork Add(TimeSpan due, WorkTier tier, Action action)
    {
        var slot = Allocate();
        ref var s = ref _slots[slot];
        s.Action = action;
        var sequence = _sequence++;
        _heap.Enqueue(slot, (due.Ticks, (int)tier, sequence));
        return new PendingWork(this, slot, s.Generation, due, tier, sequence);
    }

    public bool IsPending(int slot, int generation) =>
        (uint)slot < (uint)_used && _slots[slot].Generation == generation && _slots[slot].Action is not null;

    public bool Cancel(int slot, int generation)
    {
        if (!IsPending(slot, generation))
        {
            return false;
        }

        // The slot stays in the heap until it surfaces; then it is recycled.
        _slots[slot].Action = null;
        return true;
    }

    /// <summary>Gets the due time of the next pending work, dropping cancelled work on the way.</summary>
    public bool TryPeekDue(out long due)
    {
        while (_heap.TryPeek(out var slot, out var key))
        {
            if (_slots[slot].Action is not null)
            {
                due = key.Due;
                return true;
            }

            _heap.Dequeue();
            Release(slot);
        }

        due = 0;
        return false;
    }

    /// <summary>Removes the next pending work if it is due at or before <paramref name="until"/>: one heap walk per item.</summary>
    public bool TryDequeueDue(long until, out long due, out Action action)
    {
        while (_heap.TryPeek(out var slot, out var key))
        {
            var pending = _slots[slot].Action;
            if (pending is null)
            {
                _heap.Dequeue();
                Release(slot);
                continue;
            }

            if (key.Due > until)
            {
                break;
            }

            _heap.Dequeue();
            Release(slot);
            due = key.Due;
            action = pending;
            return true;
        }

        due = 0;
        action = null!;
        return false;
    }

    private int Allocate()
    {
        if (_free >= 0)
        {
            var slot = _free;
            _free = _slots[slot].NextFree;
            return slot;
        }

        if (_used == _slots.Length)
        {
            Array.Resize(ref _slots, _slots.Length * 2);
        }

        return _used++;
    }

    /// <summary>Frees a slot: a new generation makes every handle on it inert.</summary>
    private void Release(int slot)
    {
        ref var s = ref _slots[slot];
        s.Action = null;
        s.Generation++;
        s.NextFree = _free;
        _free = slot;
    }

    private struct Slot
    {
        public Action? Action;
        public int Generation;
        public int NextFree;
    }
}
