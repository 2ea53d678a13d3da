using System.Globalization;
using PodSim.Model;

namespace PodSim.ApiServer;

/// <summary>
/// The simulated API server's storage, as etcd behind the watch cache: every live object in creation order, looked up
/// by kind, namespace and name. Every write (create, update, delete) bumps one store-wide resource version, and the
/// latest changes are kept so that a watch can start from a recent resource version, as the API server's watch cache
/// allows: at most the last <see cref="HistoryCapacity"/> changes, none older than five virtual minutes (etcd's
/// default compaction interval). Older versions are Gone.
/// </summary>
internal sealed class ObjectStore
{
    /// <summary>How long changes stay available to watches that start from an older resource version.</summary>
    public static readonly TimeSpan HistoryWindow = TimeSpan.FromMinutes(5);

    /// <summary>How many changes stay available at most, so that a large fleet's start does not hold every version.</summary>
    public const int HistoryCapacity = 1000;

    private readonly List<KubeObject?> _objects = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    // Positions of each CLR type's objects in creation order, so per-kind queries do not scan the whole store.
    private readonly Dictionary<Type, List<int>> _byType = [];
    private readonly Queue<WatchEvent> _history = new();
    private readonly List<Watcher> _watchers = [];
    private readonly Queue<(Watcher Watcher, WatchEvent Change)> _pending = new();
    private int _holds;
    private bool _draining;
    private readonly Func<TimeSpan> _now;
    private long _resourceVersion;
    private long _created;
    private int _holes;

    /// <summary>Initializes a new instance of the <see cref="ObjectStore"/> class.</summary>
    /// <param name="now">The virtual clock, which stamps each change and trims the history.</param>
    public ObjectStore(Func<TimeSpan> now) => _now = now;

    /// <summary>
    /// Gets every version written since <see cref="KeepVersions"/>, for reading the cluster as it was at an earlier
    /// instant; null while versions are not kept.
    /// </summary>
    public ObjectVersions? Versions { get; private set; }

    /// <summary>Gets how many objects were ever created (the ordinal of the next one).</summary>
    public long CreatedCount => _created;

    /// <summary>Gets the resource version of the last write.</summary>
    public long ResourceVersion => _resourceVersion;

    /// <summary>Gets the oldest resource version a watch may start from.</summary>
    public long OldestWatchableVersion => _history.Count > 0 ? _history.Peek().ResourceVersion - 1 : _resourceVersion;

    /// <summary>Starts keeping every version written from now on, the live objects as they are now first.</summary>
    public void KeepVersions()
    {
        var live = new List<(string, KubeObject)>(_index.Count);
        foreach (var obj in _objects)
        {
            if (obj is not null)
            {
                live.Add((KeyOf(obj), obj));
            }
        }

        Versions = new ObjectVersions(_now(), live);
    }

    /// <summary>Stops keeping versions and lets the kept ones go.</summary>
    public void DropVersions() => Versions = null;

    public static string Key(string kind, string? ns, string? name) => kind + "/" + (ns ?? string.Empty) + "/" + name;

    public static string KeyOf(KubeObject obj) => Key(obj.Kind ?? string.Empty, obj.Metadata.Namespace, obj.Metadata.Name);

    public bool Contains(string key) => _index.ContainsKey(key);

    public KubeObject? Get(string key) => _index.TryGetValue(key, out var i) ? _objects[i] : null;

    /// <summary>Adds a new object, stamping its resource version; returns the stored object.</summary>
    public T Add<T>(T obj)
        where T : KubeObject
    {
        var stored = Stamp(obj);
        var key = KeyOf(stored);
        _index[key] = _objects.Count;
        if (!_byType.TryGetValue(stored.GetType(), out var positions))
        {
            positions = [];
            _byType[stored.GetType()] = positions;
        }

        positions.Add(_objects.Count);
        _objects.Add(stored);
        _created++;
        Versions?.Added(key, stored, _now());
        Record(WatchEventType.Added, stored, null);
        return stored;
    }

    /// <summary>Replaces an object, stamping a new resource version; returns the stored object.</summary>
    public T Update<T>(T obj)
        where T : KubeObject => Update(KeyOf(obj), obj);

    /// <summary>Replaces the object stored under a known key.</summary>
    public T Update<T>(string key, T obj)
        where T : KubeObject
    {
        var position = _index[key];
        var old = _objects[position]!;
        var stored = Stamp(obj);
        _objects[position] = stored;
        Versions?.Updated(key, stored, _now());
        Record(WatchEventType.Modified, stored, old);
        return stored;
    }

    /// <summary>Removes an object; the removal is a write of its own, with a new resource version.</summary>
    /// <returns>The object's last state, stamped with the removal's resource version; null when there was none.</returns>
    public KubeObject? Remove(string key)
    {
        if (!_index.Remove(key, out var i))
        {
            return null;
        }

        var old = _objects[i]!;
        _objects[i] = null;
        var last = Stamp(old);
        Versions?.Removed(key, _now());
        Record(WatchEventType.Deleted, last, old);
        if (++_holes > 1024 && _holes > _index.Count)
        {
            Compact();
        }

        return last;
    }

    /// <summary>Gets the live objects in creation order.</summary>
    public List<KubeObject> Live()
    {
        var list = new List<KubeObject>(_index.Count);
        foreach (var obj in _objects)
        {
            if (obj is not null)
            {
                list.Add(obj);
            }
        }

        return list;
    }

    /// <summary>Gets the live objects of one type in creation order.</summary>
    public List<T> Live<T>()
        where T : KubeObject
    {
        var list = new List<T>();
        if (_byType.TryGetValue(typeof(T), out var positions))
        {
            foreach (var i in positions)
            {
                if (_objects[i] is T typed)
                {
                    list.Add(typed);
                }
            }
        }

        return list;
    }

    /// <summary>
    /// Starts a watch: every change after <paramref name="fromResourceVersion"/> of the objects of one kind (or of
    /// every kind), in order, handed to <paramref name="deliver"/> right after the write (or the piece of work) that
    /// made it. Changes already made after that version are handed over first, at once.
    /// </summary>
    /// <param name="kind">The kind to watch, or null for every kind.</param>
    /// <param name="fromResourceVersion">The version the watcher has seen; later changes are delivered.</param>
    /// <param name="deliver">Receives each change.</param>
    /// <returns>A handle that stops the watch.</returns>
    /// <exception cref="ApiStatusException">The version is older than the kept history (410 Gone, <c>Expired</c>).</exception>
    public IDisposable Watch(string? kind, long fromResourceVersion, Action<WatchEvent> deliver)
    {
        Trim();
        if (fromResourceVersion < OldestWatchableVersion)
        {
            throw new ApiStatusException(
                ApiStatusReason.Expired,
                "too old resource version: " + fromResourceVersion.ToString(CultureInfo.InvariantCulture) + " (" + OldestWatchableVersion.ToString(CultureInfo.InvariantCulture) + ")");
        }

        var watcher = new Watcher(this, kind, deliver);
        foreach (var change in _history)
        {
            if (change.ResourceVersion > fromResourceVersion && watcher.Wants(change))
            {
                deliver(change);
            }
        }

        _watchers.Add(watcher);
        return watcher;
    }

    private void Record(WatchEventType type, KubeObject obj, KubeObject? old)
    {
        var change = new WatchEvent(type, _resourceVersion, obj, old, _now());
        _history.Enqueue(change);
        Trim();

        if (_watchers.Count == 0)
        {
            return;
        }

        foreach (var watcher in _watchers)
        {
            if (watcher.Wants(change))
            {
                _pending.Enqueue((watcher, change));
            }
        }

        if (_holds == 0)
        {
            Drain();
        }
    }

    /// <summary>
    /// Holds deliveries back while a piece of work runs: its changes reach the watchers right after it, in the order
    /// they were made, before any other work (zero-latency watches that never run inside a writer).
    /// </summary>
    public void Hold() => _holds++;

    /// <summary>Forgets the deliveries held so far (the work that made them failed).</summary>
    public void DropHeld() => _pending.Clear();

    /// <summary>Ends a <see cref="Hold"/>; the last one delivers what was held.</summary>
    public void Release()
    {
        if (--_holds == 0)
        {
            Drain();
        }
    }

    /// <summary>Delivers the held changes in order; changes the watchers make meanwhile follow in the same pass.</summary>
    private void Drain()
    {
        if (_draining)
        {
            return;
        }

        _draining = true;
        try
        {
            while (_pending.TryDequeue(out var delivery))
            {
                if (!delivery.Watcher.Stopped)
                {
                    delivery.Watcher.Deliver(delivery.Change);
                }
            }
        }
        finally
        {
            _draining = false;
        }
    }

    private void Trim()
    {
        var oldest = _now() - HistoryWindow;
        while (_history.Count > 0 && (_history.Count > HistoryCapacity || _history.Peek().Offset < oldest))
        {
            _history.Dequeue();
        }
    }

    /// <summary>Drops the holes removals left, so that churn does not grow the store.</summary>
    private void Compact()
    {
        var live = new List<KubeObject?>(_index.Count);
        _index.Clear();
        _byType.Clear();
        foreach (var obj in _objects)
        {
            if (obj is null)
            {
                continue;
            }

            _index[KeyOf(obj)] = live.Count;
            if (!_byType.TryGetValue(obj.GetType(), out var positions))
            {
                positions = [];
                _byType[obj.GetType()] = positions;
            }

            positions.Add(live.Count);
            live.Add(obj);
        }

        _objects.Clear();
        _objects.AddRange(live);
        _objects.TrimExcess();
        _holes = 0;
    }

    private T Stamp<T>(T obj)
        where T : KubeObject
    {
        _resourceVersion++;
        var meta = (obj.Metadata ?? new ObjectMeta()) with { ResourceVersion = _resourceVersion.ToString(CultureInfo.InvariantCulture) };
        return obj with { Metadata = meta };
    }

    private sealed class Watcher(ObjectStore store, string? kind, Action<WatchEvent> deliver) : IDisposable
    {
        public bool Stopped { get; private set; }

        public bool Wants(WatchEvent change) => kind is null || change.Object.Kind == kind;

        public void Deliver(WatchEvent change) => deliver(change);

        public void Dispose()
        {
            Stopped = true;
            store._watchers.Remove(this);
        }
    }
}
