using PodSim.ApiServer;
using PodSim.Engine;
using PodSim.Model;

namespace PodSim.Controllers.Runtime;

/// <summary>
/// A client of the simulated API server, as a controller's clientset: reads see the stored objects now (not an
/// informer's cache), and writes go through defaulting, validation and admission and are seen by every watch. A
/// refused request throws <see cref="ApiStatusException"/> with the API server's reason and message (for example
/// Conflict when the object's resourceVersion is not the stored one).
/// </summary>
/// <remarks>
/// For a namespaced kind a null namespace means <c>default</c>, as kubectl's. A pod created through the client is run
/// by the simulated kubelet like any other.
/// </remarks>
public sealed class ApiClient
{
    private readonly IControllerHost _simulation;

    internal ApiClient(IControllerHost simulation) => _simulation = simulation;

    /// <summary>Creates an object (<c>POST</c>): the name from <c>generateName</c>, a UID and a creation timestamp are filled in.</summary>
    /// <typeparam name="T">The kind's model type.</typeparam>
    /// <param name="obj">The object.</param>
    /// <returns>The stored object.</returns>
    /// <exception cref="ApiStatusException">Invalid, AlreadyExists, or Forbidden by an admission plugin.</exception>
    public T Create<T>(T obj)
        where T : KubeObject
    {
        ArgumentNullException.ThrowIfNull(obj);
        return (T)_simulation.CreateObject(obj);
    }

    /// <summary>Gets an object as stored now.</summary>
    /// <typeparam name="T">The kind's model type.</typeparam>
    /// <param name="ns">The namespace; ignored for a cluster-scoped kind.</param>
    /// <param name="name">The name.</param>
    /// <returns>The object.</returns>
    /// <exception cref="ApiStatusException">NotFound.</exception>
    public T Get<T>(string? ns, string name)
        where T : KubeObject
    {
        ArgumentNullException.ThrowIfNull(name);
        return (T)_simulation.Api.Get(KindOf<T>(), ns, name);
    }

    /// <summary>Lists the objects of a kind as stored now, in creation order.</summary>
    /// <typeparam name="T">The kind's model type.</typeparam>
    /// <param name="ns">The namespace; null lists every namespace.</param>
    /// <param name="selector">A label selector the objects must match; null matches every object.</param>
    /// <returns>The objects.</returns>
    public IReadOnlyList<T> List<T>(string? ns = null, LabelSelector? selector = null)
        where T : KubeObject
    {
        KindOf<T>();
        var all = _simulation.Api.Store.Live<T>();
        all.RemoveAll(o => (ns is not null && o.Metadata.Namespace != ns) ||
            (selector is not null && !selector.Matches(o.Metadata.Labels ?? EmptyMap.Strings)));
        return all;
    }

    /// <summary>
    /// Replaces an object's metadata and spec (<c>PUT</c>); its status stays as stored. With a resourceVersion the
    /// write applies only to that version of the object; the update validation refuses changes to immutable fields.
    /// </summary>
    /// <typeparam name="T">The kind's model type.</typeparam>
    /// <param name="obj">The new object.</param>
    /// <returns>The stored object.</returns>
    /// <exception cref="ApiStatusException">NotFound, Conflict or Invalid.</exception>
    public T Update<T>(T obj)
        where T : KubeObject
    {
        ArgumentNullException.ThrowIfNull(obj);
        return (T)_simulation.Api.Update(obj);
    }

    /// <summary>Replaces an object's status only (<c>PUT .../status</c>); metadata and spec stay as stored.</summary>
    /// <typeparam name="T">The kind's model type.</typeparam>
    /// <param name="obj">The object carrying the new status.</param>
    /// <returns>The stored object.</returns>
    /// <exception cref="ApiStatusException">NotFound or Conflict.</exception>
    public T UpdateStatus<T>(T obj)
        where T : KubeObject
    {
        ArgumentNullException.ThrowIfNull(obj);
        return _simulation.Api.UpdateStatus(obj);
    }

    /// <summary>Evicts a pod through the eviction subresource (a PodDisruptionBudget may refuse it).</summary>
    /// <param name="ns">The pod's namespace.</param>
    /// <param name="name">The pod's name.</param>
    /// <param name="options">The delete options of the eviction.</param>
    /// <returns>The pod as it stands after the eviction's delete, or its last state when it is gone.</returns>
    /// <exception cref="ApiStatusException">NotFound, TooManyRequests, InternalError or Forbidden.</exception>
    public Pod Evict(string? ns, string name, DeleteOptions? options = null) => (Pod)_simulation.Api.Evict(ns, name, options);

    /// <summary>
    /// Deletes an object (<c>DELETE</c>): a pod gracefully (the kubelet stops its containers and removes it), other
    /// kinds at once unless finalizers hold them; the propagation policy says what becomes of its dependents.
    /// </summary>
    /// <typeparam name="T">The kind's model type.</typeparam>
    /// <param name="ns">The namespace (ignored for cluster-scoped kinds).</param>
    /// <param name="name">The name.</param>
    /// <param name="options">The grace period and propagation policy; the kind's defaults when omitted.</param>
    /// <returns>The object as it stands after the call: with its deletion timestamp while pending, else its last state.</returns>
    /// <exception cref="ApiStatusException">NotFound, or Invalid options.</exception>
    public KubeObject Delete<T>(string? ns, string name, DeleteOptions? options = null)
        where T : KubeObject
    {
        ArgumentNullException.ThrowIfNull(name);
        return _simulation.Api.Delete(KindOf<T>(), ns, name, options);
    }

    private static string KindOf<T>() =>
        ApiResources.ForType(typeof(T))?.Kind ?? throw new NotSupportedException(typeof(T).Name + " is not a kind the API server serves");
}
