using PodSim.Engine;

namespace PodSim.Controllers.Runtime;

/// <summary>
/// A controller's work queue on the virtual clock, with client-go's semantics (<c>staging/src/k8s.io/client-go/util/workqueue</c>):
/// an item added while it waits is queued once (de-duplication); an item is never handed out while it is being
/// processed, and one added during its processing is processed again afterwards (the dirty and processing sets);
/// <see cref="AddAfter"/> adds an item once a virtual delay has passed, and <see cref="AddRateLimited"/> after the
/// item's own exponential back-off.
/// </summary>
/// <remarks>
/// <para>
/// Every item put on the queue is handed to the processing callback by one piece of work at
/// <see cref="WorkTier.ControllerSync"/>, at the instant it was queued: items are processed one at a time, first in
/// first out, after the watch deliveries of that instant. A delayed add becomes due as a <see cref="WorkTier.Timer"/>
/// at its instant, so the item is processed at that same instant.
/// </para>
/// <para>
/// The back-off is client-go's per-item exponential failure rate limiter: <c>baseDelay × 2^n</c> for the n-th
/// rate-limited add since the item was last forgotten, capped at <c>maxDelay</c> (5 ms and 1000 s by default, as in
/// <c>DefaultControllerRateLimiter</c>). That default also takes the maximum with an overall token bucket (10 per
/// second, burst 100), which on virtual time would make one item's delay depend on how many other items failed in the
/// same second; PodSim leaves it out, so an item's retry delays depend on its own failures only.
/// </para>
/// </remarks>
/// <typeparam name="T">The item type; controllers queue <c>namespace/name</c> keys.</typeparam>
public sealed class WorkQueue<T>
    where T : notnull
{
    /// <summary>The first back-off of <see cref="AddRateLimited"/>: 5 ms.</summary>
    public static readonly TimeSpan DefaultBaseDelay = TimeSpan.FromMilliseconds(5);

    /// <summary>The longest back-off of <see cref="AddRateLimited"/>: 1000 s.</summary>
    public static readonly TimeSpan DefaultMaxDelay = TimeSpan.FromSeconds(1000);

    private readonly IControllerHost _simulation;
    private readonly Action<T> _process;
    private readonly Queue<T> _queue = new();
    private readonly HashSet<T> _dirty = [];
    private readonly HashSet<T> _processing = [];
    private readonly Dictionary<T, (TimeSpan ReadyAt, PendingWork Work)> _waiting = [];
    private readonly Dictionary<T, int> _failures = [];
    private readonly Action _processNext;

    /// <summary>Initializes a new instance of the <see cref="WorkQueue{T}"/> class with the default back-off.</summary>
    /// <param name="simulation">The simulation whose clock and work queue it runs on.</param>
    /// <param name="process">Processes one item; called once per processing, never for an item already being processed.</param>
    internal WorkQueue(IControllerHost simulation, Action<T> process)
        : this(simulation, process, DefaultBaseDelay, DefaultMaxDelay)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="WorkQueue{T}"/> class.</summary>
    /// <param name="simulation">The simulation whose clock and work queue it runs on.</param>
    /// <param name="process">Processes one item; called once per processing, never for an item already being processed.</param>
    /// <param name="baseDelay">The first back-off of <see cref="AddRateLimited"/>.</param>
    /// <param name="maxDelay">The longest back-off of <see cref="AddRateLimited"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A delay is negative, or the base delay exceeds the maximum.</exception>
    internal WorkQueue(IControllerHost simulation, Action<T> process, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentNullException.ThrowIfNull(process);
        ArgumentOutOfRangeException.ThrowIfLessThan(baseDelay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDelay, baseDelay);
        _simulation = simulation;
        _process = process;
        BaseDelay = baseDelay;
        MaxDelay = maxDelay;
        _processNext = ProcessNext;
    }

    /// <summary>Gets the first back-off of <see cref="AddRateLimited"/>.</summary>
    public TimeSpan BaseDelay { get; }

    /// <summary>Gets the longest back-off of <see cref="AddRateLimited"/>.</summary>
    public TimeSpan MaxDelay { get; }

    /// <summary>Gets how many items wait to be processed (client-go's <c>Len</c>): neither delayed nor being processed.</summary>
    public int Count => _queue.Count;

    /// <summary>Gets how many items wait for their delay (<see cref="AddAfter"/>, <see cref="AddRateLimited"/>) to pass.</summary>
    public int DelayedCount => _waiting.Count;

    /// <summary>Gets a value indicating whether an item is being processed now.</summary>
    /// <param name="item">The item.</param>
    /// <returns>Whether the processing callback is running for it.</returns>
    public bool IsProcessing(T item) => _processing.Contains(item);

    /// <summary>
    /// Queues an item for processing. An item already waiting is not queued twice; an item being processed is
    /// processed once more after the current processing ends.
    /// </summary>
    /// <param name="item">The item.</param>
    public void Add(T item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!_dirty.Add(item) || _processing.Contains(item))
        {
            return;
        }

        Push(item);
    }

    /// <summary>
    /// Queues an item once a virtual delay has passed. A delay of zero or less adds it now; an item already waiting
    /// for a delay keeps the earlier of the two instants.
    /// </summary>
    /// <param name="item">The item.</param>
    /// <param name="delay">The delay.</param>
    public void AddAfter(T item, TimeSpan delay)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (delay <= TimeSpan.Zero)
        {
            Add(item);
            return;
        }

        var readyAt = delay >= _simulation.LatestOffset - _simulation.Elapsed ? _simulation.LatestOffset : _simulation.Elapsed + delay;
        if (_waiting.TryGetValue(item, out var waiting))
        {
            if (waiting.ReadyAt <= readyAt)
            {
                return;
            }

            waiting.Work.Cancel();
        }

        var work = _simulation.Enqueue(readyAt, WorkTier.Timer, () =>
        {
            _waiting.Remove(item);
            Add(item);
        });
        _waiting[item] = (readyAt, work);
    }

    /// <summary>
    /// Queues an item after its back-off: <see cref="BaseDelay"/> doubled for every rate-limited add since it was
    /// last forgotten, capped at <see cref="MaxDelay"/> (5 ms, 10 ms, 20 ms, ... 1000 s by default).
    /// </summary>
    /// <param name="item">The item.</param>
    public void AddRateLimited(T item) => AddAfter(item, NextBackOff(item));

    /// <summary>Stops tracking an item's failures, so that its next back-off is <see cref="BaseDelay"/> again.</summary>
    /// <param name="item">The item.</param>
    public void Forget(T item)
    {
        ArgumentNullException.ThrowIfNull(item);
        _failures.Remove(item);
    }

    /// <summary>Gets how many rate-limited adds an item has had since it was last forgotten.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The count.</returns>
    public int NumRequeues(T item) => _failures.TryGetValue(item, out var n) ? n : 0;

    /// <summary>The per-item exponential back-off (<c>util/workqueue/default_rate_limiters.go</c>, ItemExponentialFailureRateLimiter).</summary>
    private TimeSpan NextBackOff(T item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var exponent = NumRequeues(item);
        _failures[item] = exponent + 1;
        var ticks = BaseDelay.Ticks * Math.Pow(2, exponent);
        return ticks >= MaxDelay.Ticks ? MaxDelay : TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>Puts an item at the back of the queue, with the one piece of work that will hand it out.</summary>
    private void Push(T item)
    {
        _queue.Enqueue(item);
        _simulation.Enqueue(_simulation.Elapsed, WorkTier.ControllerSync, _processNext);
    }

    /// <summary>Get, process, Done: the item is in the processing set while the callback runs.</summary>
    private void ProcessNext()
    {
        if (!_queue.TryDequeue(out var item))
        {
            return;
        }

        _processing.Add(item);
        _dirty.Remove(item);
        try
        {
            _process(item);
        }
        finally
        {
            _processing.Remove(item);

            // Added again while it was processed: it goes to the back of the queue now.
            if (_dirty.Contains(item))
            {
                Push(item);
            }
        }
    }
}
