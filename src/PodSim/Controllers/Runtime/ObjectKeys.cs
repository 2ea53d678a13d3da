using PodSim.Model;

namespace PodSim.Controllers.Runtime;

/// <summary>
/// The keys controllers queue and caches index by, as client-go's <c>MetaNamespaceKeyFunc</c> makes them
/// (<c>staging/src/k8s.io/client-go/tools/cache/store.go</c>): <c>namespace/name</c>, or <c>name</c> for an object
/// without a namespace.
/// </summary>
public static class ObjectKeys
{
    /// <summary>Gets the key of an object.</summary>
    /// <param name="obj">The object.</param>
    /// <returns><c>namespace/name</c>, or <c>name</c> for a cluster-scoped object.</returns>
    public static string Of(KubeObject obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return For(obj.Metadata.Namespace, obj.Metadata.Name ?? string.Empty);
    }

    /// <summary>Gets the key of a namespace and name.</summary>
    /// <param name="ns">The namespace; null or empty for a cluster-scoped object.</param>
    /// <param name="name">The name.</param>
    /// <returns><c>namespace/name</c>, or <c>name</c> without a namespace.</returns>
    public static string For(string? ns, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.IsNullOrEmpty(ns) ? name : ns + "/" + name;
    }

    /// <summary>Splits a key into namespace and name (<c>SplitMetaNamespaceKey</c>).</summary>
    /// <param name="key">The key.</param>
    /// <returns>The namespace (null for a key without one) and the name.</returns>
    /// <exception cref="ArgumentException">The key has more than one <c>/</c>.</exception>
    public static (string? Namespace, string Name) Split(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return (null, key);
        }

        if (key.IndexOf('/', slash + 1) >= 0)
        {
            throw new ArgumentException("unexpected key format: \"" + key + "\"", nameof(key));
        }

        return (key[..slash], key[(slash + 1)..]);
    }
}
