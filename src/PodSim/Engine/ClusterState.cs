using System.Globalization;
using PodSim.Model;

namespace PodSim.Engine;

/// <summary>
/// The simulated API server's object store: every live object in creation order, looked up by kind, namespace and
/// name. Each write bumps a store-wide resource version, as etcd does.
/// </summary>
internal sealed class ClusterState
{
    private readonly List<KubeObject?> _objects = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    // Positions of each CLR type's objects in creation order, so per-kind queries do not scan the whole store.
    private readonly Dictionary<Type, List<int>> _byType = [];
    private long _resourceVersion;
    private long _created;

    /// <summary>Gets how many objects were ever created (the ordinal of the next one).</summary>
    public long CreatedCount => _created;

    public static string Key(string kind, string? ns, string? name) => kind + "/" + (ns ?? string.Empty) + "/" + name;

    public static string KeyOf(KubeObject obj) => Key(obj.Kind ?? string.Empty, obj.Metadata?.Namespace, obj.Metadata?.Name);

    public bool Contains(string key) => _index.ContainsKey(key);

    public KubeObject? Get(string key) => _index.TryGetValue(key, out var i) ? _objects[i] : null;

    /// <summary>Adds a new object, stamping its resource version; returns the stored object.</summary>
    public T Add<T>(T obj)
        where T : KubeObject
    {
        var stored = Stamp(obj);
        _index[KeyOf(stored)] = _objects.Count;
        if (!_byType.TryGetValue(stored.GetType(), out var positions))
        {
            positions = [];
            _byType[stored.GetType()] = positions;
        }

        positions.Add(_objects.Count);
        _objects.Add(stored);
        _created++;
        return stored;
    }

    /// <summary>Replaces an object, stamping a new resource version; returns the stored object.</summary>
    public T Update<T>(T obj)
        where T : KubeObject => Update(KeyOf(obj), obj);

    /// <summary>Replaces the object stored under a known key.</summary>
    public T Update<T>(string key, T obj)
        where T : KubeObject
    {
        var stored = Stamp(obj);
        _objects[_index[key]] = stored;
        return stored;
    }

    public void Remove(string key)
    {
        if (_index.Remove(key, out var i))
        {
            _objects[i] = null;
        }
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

    private T Stamp<T>(T obj)
        where T : KubeObject
    {
        _resourceVersion++;
        var meta = (obj.Metadata ?? new ObjectMeta()) with { ResourceVersion = _resourceVersion.ToString(CultureInfo.InvariantCulture) };
        return obj with { Metadata = meta };
    }
}
