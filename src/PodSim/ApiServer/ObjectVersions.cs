using PodSim.Model;

namespace PodSim.ApiServer;

/// <summary>
/// Every version the store wrote of every object since <see cref="From"/>, so that the cluster can be read as it was
/// at an earlier instant. Only the last version written at each instant is kept: a state in the middle of an instant
/// is never asked for, and a pod's create, binding and first status at one instant cost one version, not three.
/// </summary>
/// <remarks>
/// The versions are the store's own immutable records, so keeping one costs a reference and an offset; what it holds
/// on to (the old record and the parts it does not share with the next version) is the real cost, and it grows with
/// every write for as long as the history is kept.
/// </remarks>
internal sealed class ObjectVersions
{
    // One lineage per object ever created, in creation order (the store's order). A name deleted and created again
    // starts a new lineage, as it is a new object.
    private readonly List<Lineage> _lineages = [];
    private readonly Dictionary<string, Lineage> _live = new(StringComparer.Ordinal);

    /// <summary>Initializes a new instance of the <see cref="ObjectVersions"/> class.</summary>
    /// <param name="from">The instant the history starts at.</param>
    /// <param name="live">The objects that exist then, with their store keys, in creation order.</param>
    public ObjectVersions(TimeSpan from, IEnumerable<(string Key, KubeObject Object)> live)
    {
        From = from;
        foreach (var (key, obj) in live)
        {
            Added(key, obj, from);
        }
    }

    /// <summary>Gets the first instant whose state the history holds.</summary>
    public TimeSpan From { get; }

    /// <summary>Gets how many versions are kept, over every object.</summary>
    public long VersionCount { get; private set; }

    /// <summary>Records a new object.</summary>
    public void Added(string key, KubeObject obj, TimeSpan now)
    {
        var lineage = new Lineage(now.Ticks, obj);
        _lineages.Add(lineage);
        _live[key] = lineage;
        VersionCount++;
    }

    /// <summary>Records a new version of a live object.</summary>
    public void Updated(string key, KubeObject obj, TimeSpan now)
    {
        if (_live.TryGetValue(key, out var lineage) && lineage.Write(now.Ticks, obj))
        {
            VersionCount++;
        }
    }

    /// <summary>Records the removal of an object: from this instant on it is absent.</summary>
    public void Removed(string key, TimeSpan now)
    {
        if (_live.Remove(key, out var lineage) && lineage.Write(now.Ticks, null))
        {
            VersionCount++;
        }
    }

    /// <summary>The objects that existed at the end of an instant, each as it was then, in creation order.</summary>
    /// <param name="offset">The instant, at or after <see cref="From"/>.</param>
    /// <returns>The objects.</returns>
    public List<KubeObject> At(TimeSpan offset)
    {
        var ticks = offset.Ticks;
        var objects = new List<KubeObject>();
        foreach (var lineage in _lineages)
        {
            // Lineages start in time order: none after this one existed yet.
            if (lineage.CreatedTicks > ticks)
            {
                break;
            }

            if (lineage.At(ticks) is { } obj)
            {
                objects.Add(obj);
            }
        }

        return objects;
    }

    /// <summary>The versions of one object: offsets in ticks (strictly increasing) and the state from each on, null once removed.</summary>
    private sealed class Lineage
    {
        private long[] _ticks;
        private KubeObject?[] _objects;
        private int _count;

        public Lineage(long ticks, KubeObject obj)
        {
            _ticks = [ticks];
            _objects = [obj];
            _count = 1;
        }

        public long CreatedTicks => _ticks[0];

        /// <summary>Adds a version; at the instant of the last one it replaces it.</summary>
        /// <returns>Whether a version was added rather than replaced.</returns>
        public bool Write(long ticks, KubeObject? obj)
        {
            if (_ticks[_count - 1] == ticks)
            {
                _objects[_count - 1] = obj;
                return false;
            }

            if (_count == _ticks.Length)
            {
                Array.Resize(ref _ticks, _count * 2);
                Array.Resize(ref _objects, _count * 2);
            }

            _ticks[_count] = ticks;
            _objects[_count] = obj;
            _count++;
            return true;
        }

        /// <summary>The last version written at or before the instant.</summary>
        public KubeObject? At(long ticks)
        {
            var i = Array.BinarySearch(_ticks, 0, _count, ticks);
            return i >= 0 ? _objects[i] : _objects[~i - 1];
        }
    }
}
