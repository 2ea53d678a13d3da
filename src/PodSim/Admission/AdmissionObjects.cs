using PodSim.Model;

namespace PodSim.Admission;

/// <summary>Helpers that pick and order the cluster objects the plugins read, and word aggregated errors.</summary>
internal static class AdmissionObjects
{
    /// <summary>The namespace of an object, <c>default</c> when unset.</summary>
    /// <param name="obj">The object.</param>
    /// <returns>The namespace.</returns>
    internal static string NamespaceOf(KubeObject obj) =>
        string.IsNullOrEmpty(obj.Metadata.Namespace) ? "default" : obj.Metadata.Namespace;

    /// <summary>
    /// The objects of one namespace sorted by name (ordinal, stable), standing in for an informer lister whose order
    /// upstream leaves undefined.
    /// </summary>
    /// <typeparam name="T">The kind.</typeparam>
    /// <param name="objects">The objects.</param>
    /// <param name="ns">The namespace, or null to keep every object (cluster-scoped kinds).</param>
    /// <returns>The selected objects.</returns>
    internal static List<T> Select<T>(IReadOnlyList<T> objects, string? ns)
        where T : KubeObject
    {
        var result = new List<T>(objects.Count);
        foreach (var obj in objects)
        {
            if (obj is not null && (ns is null || NamespaceOf(obj) == ns))
            {
                result.Add(obj);
            }
        }

        // List.Sort is not stable; the index tie-break keeps equal names in their given order.
        var indexed = new List<(T Obj, int Index)>(result.Count);
        for (var i = 0; i < result.Count; i++)
        {
            indexed.Add((result[i], i));
        }

        indexed.Sort((a, b) =>
        {
            var byName = string.CompareOrdinal(a.Obj.Metadata.Name, b.Obj.Metadata.Name);
            return byName != 0 ? byName : a.Index.CompareTo(b.Index);
        });
        for (var i = 0; i < indexed.Count; i++)
        {
            result[i] = indexed[i].Obj;
        }

        return result;
    }

    /// <summary>
    /// Words several errors as upstream's error aggregate does: one error is its own message; several, with duplicates
    /// dropped, are joined by <c>", "</c> inside brackets.
    /// </summary>
    /// <param name="messages">The messages, in order.</param>
    /// <returns>The aggregate message.</returns>
    internal static string Aggregate(IReadOnlyList<string> messages)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var distinct = new List<string>(messages.Count);
        foreach (var message in messages)
        {
            if (seen.Add(message))
            {
                distinct.Add(message);
            }
        }

        return distinct.Count == 1 ? distinct[0] : "[" + string.Join(", ", distinct) + "]";
    }

    /// <summary>Copies a resource list into a map sorted by resource name.</summary>
    /// <param name="list">The resource list.</param>
    /// <returns>The copy.</returns>
    internal static SortedDictionary<string, Quantity> Copy(IReadOnlyDictionary<string, Quantity> list)
    {
        var copy = new SortedDictionary<string, Quantity>(StringComparer.Ordinal);
        foreach (var (name, value) in list)
        {
            copy[name] = value;
        }

        return copy;
    }

    /// <summary>Returns the keys of a map sorted ordinally, so that iteration never depends on map order.</summary>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="map">The map.</param>
    /// <returns>The sorted keys.</returns>
    internal static string[] SortedKeys<TValue>(IReadOnlyDictionary<string, TValue> map)
    {
        var keys = new string[map.Count];
        var i = 0;
        foreach (var key in map.Keys)
        {
            keys[i++] = key;
        }

        Array.Sort(keys, StringComparer.Ordinal);
        return keys;
    }
}
