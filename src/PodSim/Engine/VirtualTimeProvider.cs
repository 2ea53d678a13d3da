namespace PodSim.Engine;

/// <summary>
/// A <see cref="TimeProvider"/> whose time is the simulation's virtual time, so that code under test
/// (controllers, Polly pipelines, <c>Task.Delay(span, provider)</c>) runs on simulated time.
/// Timers fire inside the simulation's run loop, in time order, on the thread that drives the simulation.
/// </summary>
/// <remarks>
/// Continuations of <c>await</c>ed delays may run asynchronously on the thread pool; use the timer callbacks,
/// or <c>ConfigureAwait(true)</c> with a synchronisation context, when the order matters.
/// </remarks>
public sealed class VirtualTimeProvider : TimeProvider
{
    private readonly IVirtualClock _simulation;

    internal VirtualTimeProvider(IVirtualClock simulation) => _simulation = simulation;

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <inheritdoc />
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => _simulation.Now;

    /// <inheritdoc />
    public override long GetTimestamp() => _simulation.Elapsed.Ticks;

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new VirtualTimer(_simulation, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private sealed class VirtualTimer : ITimer
    {
        private readonly IVirtualClock _simulation;
        private readonly TimerCallback _callback;
        private readonly object? _state;
        private PendingWork? _next;
        private TimeSpan _period;
        private bool _disposed;

        public VirtualTimer(IVirtualClock simulation, TimerCallback callback, object? state)
        {
            _simulation = simulation;
            _callback = callback;
            _state = state;
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            if (_disposed)
            {
                return false;
            }

            _next?.Cancel();
            _next = null;
            _period = period;
            if (dueTime != Timeout.InfiniteTimeSpan)
            {
                ArgumentOutOfRangeException.ThrowIfLessThan(dueTime, TimeSpan.Zero);
                Arm(_simulation.Elapsed + dueTime);
            }

            return true;
        }

        public void Dispose()
        {
            _disposed = true;
            _next?.Cancel();
            _next = null;
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }

        private void Arm(TimeSpan due) => _next = _simulation.Enqueue(due, WorkTier.Timer, Fire);

        private void Fire()
        {
            _next = null;

            // A period of zero or infinity means one-shot, as with System.Threading.Timer.
            if (_period > TimeSpan.Zero && _period != Timeout.InfiniteTimeSpan)
            {
                Arm(_simulation.Elapsed + _period);
            }

            _callback(_state);
        }
    }
}
