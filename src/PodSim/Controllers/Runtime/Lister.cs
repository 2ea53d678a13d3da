using PodSim.Model;

namespace PodSim.Controllers.Runtime;

/// <summary>
/// Read-only access to an <see cref="Informer{T}"/>'s cache, as client-go's listers give
/// (<c>staging/src/k8s.io/client-go/tools/cache/listers.go</c>): the objects as the informer's deliveries left them,
/// which may trail the API server by the deliveries still queued at the current instant.
/// </summary>
/// <remarks>
/// Lists are in the order the cache first saw each object, which is creation order (deliveries follow the API
/// server's resourceVersion order, and the initial list is in creation order); an update keeps an object's place. The
/// objects are immutable records: a controller changes one with <c>with</c> and writes it through the API client.
/// </remarks>
/// <typeparam name="T">The kind's model type.</typeparam>
public sealed class Lister<T>
    where T : KubeObject
{
    private readonly Dictionary<string, Entry> _byKey = new(StringComparer.Ordinal);
    private readonly LinkedList<T> _all = new();
    private readonly Dictionary<string, LinkedList<T>> _byNamespace = new(StringComparer.Ordinal);

    internal Lister()
    {
    }

    /// <summary>Gets how many objects the cache holds.</summary>
    public int Count => _byKey.Count;

    /// <summary>Gets an object by namespace and name.</summary>
    /// <param name="ns">The namespace; null for a cluster-scoped kind.</param>
    /// <param name="name">The name.</param>
    /// <returns>The cached object, or null when the cache has none.</returns>
    public T? Get(string? ns, string name) => GetByKey(ObjectKeys.For(ns, name));

    /// <summary>Gets an object by its key (<see cref="ObjectKeys"/>), as a controller's Reconcile receives it.</summary>
    /// <param name="key">The key: <c>namespace/name</c>, or <c>name</c> for a cluster-scoped kind.</param>
    /// <returns>The cached object, or null when the cache has none.</returns>
    public T? GetByKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _byKey.TryGetValue(key, out var entry) ? entry.All.Value : null;
    }

    /// <summary>Lists the cached objects, in creation order.</summary>
    /// <param name="ns">The namespace; null lists every namespace.</param>
    /// <param name="selector">A label selector the objects must match; null matches every object.</param>
    /// <returns>The objects.</returns>
    public IReadOnlyList<T> List(string? ns = null, LabelSelector? selector = null)
    {
        LinkedList<T>? source = _all;
        if (ns is not null && !_byNamespace.TryGetValue(ns, out source))
        {
            return [];
        }

        var list = new List<T>(source.Count);
        foreach (var obj in source)
        {
            if (selector is null || selector.Matches(obj.Metadata.Labels ?? EmptyMap.Strings))
            {
                list.Add(obj);
            }
        }

        return list;
    }

    /// <summary>Stores an object; returns the one it replaces, if any.</summary>
    internal T? Upsert(T obj)
    {
        var key = ObjectKeys.Of(obj);
        if (_byKey.TryGetValue(key, out var entry))
        {
            var old = entry.All.Value;
            entry.All.Value = obj;
            entry.InNamespace.Value = obj;
            return old;
        }

        var ns = obj.Metadata.Namespace ?? string.Empty;
        if (!_byNamespace.TryGetValue(ns, out var inNamespace))
        {
            inNamespace = new LinkedList<T>();
            _byNamespace[ns] = inNamespace;
        }

        _byKey[key] = new Entry(_all.AddLast(obj), inNamespace.AddLast(obj));
        return null;
    }

    /// <summary>Drops an object; returns the cached one, if any.</summary>
    internal T? Remove(T obj)
    {
        if (!_byKey.Remove(ObjectKeys.Of(obj), out var entry))
        {
            return null;
        }

        _all.Remove(entry.All);
        var inNamespace = entry.InNamespace.List!;
        inNamespace.Remove(entry.InNamespace);
        if (inNamespace.Count == 0)
        {
            _byNamespace.Remove(obj.Metadata.Namespace ?? string.Empty);
        }

        return entry.All.Value;
    }

    private sealed record Entry(LinkedListNode<T> All, LinkedListNode<T> InNamespace);
}
