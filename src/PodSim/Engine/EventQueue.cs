namespace PodSim.Engine;

/// <summary>
/// The simulation's agenda: a binary heap ordered by (due time, priority, sequence). Cancelled work stays in the heap
/// and is skipped when it surfaces, which keeps cancellation O(1).
/// </summary>
internal sealed class EventQueue
{
    private readonly PriorityQueue<ScheduledWork, (long Due, int Priority, long Sequence)> _heap = new();
    private long _sequence;

    public int Count => _heap.Count;

    public ScheduledWork Schedule(TimeSpan due, WorkPriority priority, Action action)
    {
        var work = new ScheduledWork(due, priority, _sequence++, action);
        _heap.Enqueue(work, (due.Ticks, (int)priority, work.Sequence));
        return work;
    }

    /// <summary>Finds the next pending work without removing it, dropping cancelled work on the way.</summary>
    public bool TryPeek(out ScheduledWork work)
    {
        while (_heap.TryPeek(out work!, out _))
        {
            if (work.IsPending)
            {
                return true;
            }

            _heap.Dequeue();
        }

        return false;
    }

    /// <summary>Removes the next pending work if it is due at or before <paramref name="until"/>: one heap walk per item.</summary>
    public bool TryDequeueDue(long until, out ScheduledWork work)
    {
        while (_heap.TryPeek(out work!, out var key))
        {
            if (!work.IsPending)
            {
                _heap.Dequeue();
                continue;
            }

            if (key.Due > until)
            {
                return false;
            }

            _heap.Dequeue();
            return true;
        }

        return false;
    }

    public bool TryDequeue(out ScheduledWork work)
    {
        if (!TryPeek(out work))
        {
            return false;
        }

        _heap.Dequeue();
        return true;
    }
}
