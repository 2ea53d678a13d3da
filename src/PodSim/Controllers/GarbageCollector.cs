using PodSim.ApiServer;
using PodSim.Model;

namespace PodSim.Controllers;

/// <summary>
/// The garbage collector of kube-controller-manager (<c>pkg/controller/garbagecollector/garbagecollector.go</c>): it
/// watches every object, keeps the graph of owner references, and deletes dependents whose owners are gone
/// (Background), deletes the dependents of an owner being deleted with <c>foregroundDeletion</c> and removes that
/// finalizer once no dependent blocks it (Foreground), and removes the references to an owner being deleted with
/// <c>orphan</c> before removing that finalizer (Orphan).
/// </summary>
/// <remarks>
/// The graph follows the store as each change is written; the collector's own work (its attemptToDelete and
/// attemptToOrphan queues) runs as queued work, one piece per object, handed to <c>enqueue</c>, which the
/// simulation runs at the instant of the change in the controller-sync tier. An object queued twice before its turn
/// is looked at once. Failures are not retried with back-off: an owner reference to a kind the API server does not
/// serve leaves the object alone, where upstream retries it for ever.
/// </remarks>
internal sealed partial class GarbageCollector
{
    private readonly KubeApiServer _api;
    private readonly Action<Action> _enqueue;
    private readonly HashSet<Node> _toDelete = [];
    private readonly HashSet<Node> _toOrphan = [];

    /// <summary>Initializes a new instance of the <see cref="GarbageCollector"/> class and starts its watch.</summary>
    /// <param name="api">The API server it reads and writes through.</param>
    /// <param name="enqueue">Queues a piece of the collector's work to run at the current instant.</param>
    public GarbageCollector(KubeApiServer api, Action<Action> enqueue)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(enqueue);
        _api = api;
        _enqueue = enqueue;

        // The informers' initial list: objects stored before the collector started are seen as added.
        foreach (var obj in api.Store.Live())
        {
            AddedOrUpdated(obj, null);
        }

        api.Store.Watch(null, api.Store.ResourceVersion, OnChange);
    }

    private void QueueDelete(Node node)
    {
        if (_toDelete.Add(node))
        {
            _enqueue(() =>
            {
                _toDelete.Remove(node);
                AttemptToDelete(node);
            });
        }
    }

    private void QueueOrphan(Node node)
    {
        if (_toOrphan.Add(node))
        {
            _enqueue(() =>
            {
                _toOrphan.Remove(node);
                AttemptToOrphan(node);
            });
        }
    }

    /// <summary><c>attemptToDeleteWorker</c>: a virtual node that left the graph or was seen since is skipped.</summary>
    private void AttemptToDelete(Node item)
    {
        if (item.Virtual && (!_nodes.TryGetValue(item.Identity.Uid, out var current) || !current.Virtual))
        {
            return;
        }

        AttemptToDeleteItem(item);
    }

    /// <summary>
    /// <c>attemptToDeleteItem</c>: an object whose owners are all gone is deleted, with the policy its own
    /// finalizers ask for; references to absent owners and to owners deleting their dependents are dropped from an
    /// object that keeps a live owner; a dependent of an owner deleting in the foreground is deleted, itself in the
    /// foreground when it has dependents of its own.
    /// </summary>
    private void AttemptToDeleteItem(Node item)
    {
        // Being deleted is a one-way trip: the collector waits for the removal, then looks at the dependents.
        if (item.BeingDeleted && !item.DeletingDependents)
        {
            return;
        }

        if (!TryGetObject(item.Identity, out var latest))
        {
            return;
        }

        if (latest is null || latest.Metadata.Uid != item.Identity.Uid)
        {
            VirtualDeleted(item.Identity);
            return;
        }

        if (item.DeletingDependents)
        {
            ProcessDeletingDependents(item);
            return;
        }

        var references = OwnersOf(latest.Metadata);
        if (references.Count == 0 || !TryClassify(item, references, out var solid, out var dangling, out var waiting))
        {
            return;
        }

        if (solid > 0)
        {
            if (dangling.Count > 0 || waiting.Count > 0)
            {
                // A live owner keeps the object; references that would hold it or an owner back are removed.
                var gone = new HashSet<string>(dangling.Concat(waiting), StringComparer.Ordinal);
                Update(latest with { Metadata = latest.Metadata with { OwnerReferences = latest.Metadata.OwnerReferences.Where(r => !gone.Contains(r.Uid ?? string.Empty)).ToList() } });
            }

            return;
        }

        if (waiting.Count > 0 && item.Dependents.Count > 0)
        {
            if (item.Dependents.Any(d => d.DeletingDependents))
            {
                // An owner and a dependent both wait for their dependents: the references stop blocking, so that a
                // cycle cannot hold both for ever.
                latest = Unblock(latest);
            }

            Delete(latest, DeletionPropagation.Foreground);
            return;
        }

        var finalizers = latest.Metadata.Finalizers;
        var policy = finalizers.Contains(DeletionPropagation.OrphanFinalizer) ? DeletionPropagation.Orphan
            : finalizers.Contains(DeletionPropagation.ForegroundFinalizer) ? DeletionPropagation.Foreground
            : DeletionPropagation.Background;
        Delete(latest, policy);
    }

    /// <summary>
    /// <c>processDeletingDependentsItem</c>: an owner deleting in the foreground loses its finalizer once no
    /// dependent blocks it; until then its blocking dependents are looked at.
    /// </summary>
    private void ProcessDeletingDependents(Node item)
    {
        var blocking = item.BlockingDependents();
        if (blocking.Count == 0)
        {
            RemoveFinalizer(item, DeletionPropagation.ForegroundFinalizer);
            return;
        }

        foreach (var dependent in blocking)
        {
            if (!dependent.DeletingDependents)
            {
                QueueDelete(dependent);
            }
        }
    }

    /// <summary>
    /// <c>attemptToOrphanWorker</c>: every dependent loses its references to the owner, then the owner loses its
    /// <c>orphan</c> finalizer.
    /// </summary>
    private void AttemptToOrphan(Node owner)
    {
        foreach (var dependent in owner.SortedDependents())
        {
            if (!TryGetObject(dependent.Identity, out var latest) || latest is null || latest.Metadata.Uid != dependent.Identity.Uid)
            {
                continue;
            }

            var kept = latest.Metadata.OwnerReferences.Where(r => r.Uid != owner.Identity.Uid).ToList();
            if (kept.Count != latest.Metadata.OwnerReferences.Count)
            {
                Update(latest with { Metadata = latest.Metadata with { OwnerReferences = kept } });
            }
        }

        RemoveFinalizer(owner, DeletionPropagation.OrphanFinalizer);
    }

    /// <summary>
    /// <c>classifyReferences</c>: how many owners are solid (exist, not deleting their dependents), which are dangling
    /// (absent, or another object under that name) and which wait for their dependents. False when a reference cannot
    /// be resolved (a kind the API server does not serve, a namespaced owner of a cluster-scoped object).
    /// </summary>
    private bool TryClassify(Node item, IReadOnlyList<OwnerReference> references, out int solid, out List<string> dangling, out List<string> waiting)
    {
        solid = 0;
        dangling = [];
        waiting = [];
        foreach (var r in references)
        {
            var resource = ApiResources.Find(r.ApiVersion, r.Kind);
            if (resource is null || (resource.Namespaced && item.Identity.Namespace.Length == 0))
            {
                return false;
            }

            var owner = _api.Store.Get(ObjectStore.Key(resource.Kind, resource.Namespaced ? item.Identity.Namespace : null, r.Name));
            if (owner is null || owner.Metadata.Uid != r.Uid)
            {
                dangling.Add(r.Uid!);
            }
            else if (owner.Metadata.DeletionTimestamp is not null && owner.Metadata.Finalizers.Contains(DeletionPropagation.ForegroundFinalizer))
            {
                waiting.Add(r.Uid!);
            }
            else
            {
                solid++;
            }
        }

        return true;
    }

    /// <summary><c>getObject</c>: the stored object at the identity's coordinates; false for a kind the API server does not serve.</summary>
    private bool TryGetObject(Identity identity, out KubeObject? obj)
    {
        var resource = ApiResources.Find(identity.ApiVersion, identity.Kind);
        obj = resource is null ? null : _api.Store.Get(ObjectStore.Key(resource.Kind, resource.Namespaced ? identity.Namespace : null, identity.Name));
        return resource is not null;
    }

    /// <summary><c>removeFinalizer</c>: the owner as stored now, without the finalizer.</summary>
    private void RemoveFinalizer(Node owner, string finalizer)
    {
        if (TryGetObject(owner.Identity, out var obj) && obj is not null && obj.Metadata.Uid == owner.Identity.Uid &&
            obj.Metadata.Finalizers.Contains(finalizer))
        {
            Update(obj with { Metadata = obj.Metadata with { Finalizers = obj.Metadata.Finalizers.Where(f => f != finalizer).ToList() } });
        }
    }

    /// <summary>Every blocking owner reference of the object set to non-blocking.</summary>
    private KubeObject Unblock(KubeObject obj)
    {
        var refs = obj.Metadata.OwnerReferences;
        if (!refs.Any(r => r.BlockOwnerDeletion == true))
        {
            return obj;
        }

        var unblocked = refs.Select(r => r.BlockOwnerDeletion == true ? r with { BlockOwnerDeletion = false } : r).ToList();
        return Update(obj with { Metadata = obj.Metadata with { OwnerReferences = unblocked } }) ?? obj;
    }

    private void Delete(KubeObject obj, string policy)
    {
        try
        {
            _api.Delete(obj.Kind!, obj.Metadata.Namespace, obj.Metadata.Name!, new DeleteOptions(PropagationPolicy: policy));
        }
        catch (ApiStatusException e) when (e.Reason == ApiStatusReason.NotFound)
        {
            VirtualDeleted(IdentityOf(obj));
        }
    }

    /// <summary>An update of the object as read; a refusal leaves it as it is (upstream would retry later).</summary>
    private KubeObject? Update(KubeObject obj)
    {
        try
        {
            return _api.Update(obj);
        }
        catch (ApiStatusException)
        {
            return null;
        }
    }
}
