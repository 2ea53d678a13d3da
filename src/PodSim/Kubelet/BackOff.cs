namespace PodSim.Kubelet;

/// <summary>
/// The kubelet's per-key exponential back-off (client-go <c>flowcontrol.Backoff</c> without jitter), used for
/// crash-loop restarts and image pulls: the first delay is <see cref="Initial"/>, each further one doubles up to
/// <see cref="Max"/>, and an entry expires (the curve restarts) when it was last updated longer ago than
/// <see cref="ExpiryAfter"/> (the kubelet fixes this at 600 s since 1.32).
/// </summary>
/// <remarks>Times are offsets on the simulation clock. Entries live in a map keyed by the caller; lookups never iterate it.</remarks>
internal sealed class BackOff
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _calls;

    /// <summary>Initializes a new instance of the <see cref="BackOff"/> class.</summary>
    /// <param name="initial">The first delay.</param>
    /// <param name="max">The largest delay.</param>
    /// <param name="expiryAfter">How long after its last update an entry is forgotten; default 600 s.</param>
    public BackOff(TimeSpan initial, TimeSpan max, TimeSpan? expiryAfter = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(initial, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, initial);
        Initial = initial;
        Max = max;
        ExpiryAfter = expiryAfter ?? TimeSpan.FromSeconds(600);
    }

    /// <summary>Gets the first delay.</summary>
    public TimeSpan Initial { get; }

    /// <summary>Gets the largest delay.</summary>
    public TimeSpan Max { get; }

    /// <summary>Gets how long after its last update an entry expires.</summary>
    public TimeSpan ExpiryAfter { get; }

    /// <summary>Gets the current delay of a key, or <see langword="null"/> when it has no entry.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The delay.</returns>
    public TimeSpan? Get(string key) => _entries.TryGetValue(key, out var e) ? e.Delay : null;

    /// <summary>Gets when a key's entry was last updated, or <see langword="null"/> when it has none.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The time of the last update.</returns>
    public TimeSpan? LastUpdate(string key) => _entries.TryGetValue(key, out var e) ? e.LastUpdate : null;

    /// <summary>
    /// Records a new attempt at <paramref name="now"/>: a missing entry, or one that had expired at
    /// <paramref name="eventTime"/>, starts at <see cref="Initial"/>; otherwise the delay doubles up to
    /// <see cref="Max"/>. The entry's last update becomes <paramref name="now"/>.
    /// </summary>
    /// <param name="key">The key.</param>
    /// <param name="eventTime">The event the attempt answers (for crash loops, the exit time); expiry is measured to it.</param>
    /// <param name="now">The current time.</param>
    public void Next(string key, TimeSpan eventTime, TimeSpan now)
    {
        // Entries nobody updated for longer than they can matter go, as the kubelet's housekeeping GCs them
        // (client-go util/flowcontrol Backoff.GC), so that churn does not grow the table.
        if (++_calls % 1024 == 0)
        {
            Collect(now);
        }

        if (!_entries.TryGetValue(key, out var entry) || HasExpired(eventTime, entry.LastUpdate))
        {
            _entries[key] = new Entry(Initial, now);
            return;
        }

        var doubled = entry.Delay + entry.Delay;
        _entries[key] = new Entry(doubled > Max ? Max : doubled, now);
    }

    /// <summary>
    /// Whether a restart is still held back (<c>IsInBackOffSince</c>): the key has a live entry and less than its delay
    /// has passed since <paramref name="eventTime"/> (for crash loops, the exit time).
    /// </summary>
    /// <param name="key">The key.</param>
    /// <param name="eventTime">The time the delay is measured from.</param>
    /// <param name="now">The current time.</param>
    /// <returns>Whether the key is in back-off.</returns>
    public bool IsInBackOffSince(string key, TimeSpan eventTime, TimeSpan now) =>
        _entries.TryGetValue(key, out var entry) && !HasExpired(eventTime, entry.LastUpdate) && now - eventTime < entry.Delay;

    /// <summary>
    /// Whether an attempt is still held back measured from the entry's last update (<c>IsInBackOffSinceUpdate</c>,
    /// used for image pulls, whose last update is the failed pull).
    /// </summary>
    /// <param name="key">The key.</param>
    /// <param name="now">The current time.</param>
    /// <returns>Whether the key is in back-off.</returns>
    public bool IsInBackOffSinceUpdate(string key, TimeSpan now) =>
        _entries.TryGetValue(key, out var entry) && !HasExpired(now, entry.LastUpdate) && now - entry.LastUpdate < entry.Delay;

    /// <summary>Forgets a key (for example after a successful pull).</summary>
    /// <param name="key">The key.</param>
    public void Reset(string key) => _entries.Remove(key);

    /// <summary>Gets how many keys the table holds.</summary>
    internal int Count => _entries.Count;

    /// <summary>Removes the entries whose last update is older than both 2×max and the expiry: they can no longer delay anything.</summary>
    internal void Collect(TimeSpan now)
    {
        var horizon = Max + Max > ExpiryAfter ? Max + Max : ExpiryAfter;
        List<string>? stale = null;
        foreach (var (key, entry) in _entries)
        {
            if (now - entry.LastUpdate > horizon)
            {
                (stale ??= []).Add(key);
            }
        }

        foreach (var key in stale ?? [])
        {
            _entries.Remove(key);
        }
    }

    // Upstream measures expiry from the event being judged, not from the clock.
    private bool HasExpired(TimeSpan eventTime, TimeSpan lastUpdate) => eventTime - lastUpdate > ExpiryAfter;

    private readonly record struct Entry(TimeSpan Delay, TimeSpan LastUpdate);
}
