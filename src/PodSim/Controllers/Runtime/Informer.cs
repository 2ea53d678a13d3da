using PodSim.ApiServer;
using PodSim.Engine;
using PodSim.Model;

namespace PodSim.Controllers.Runtime;

/// <summary>
/// A shared informer for one kind, as client-go's (<c>staging/src/k8s.io/client-go/tools/cache/shared_informer.go</c>):
/// it lists the kind's objects, then watches the API server from that resourceVersion. Each change is delivered as a
/// piece of work at <see cref="WorkTier.WatchDelivery"/> at the instant of the change, so handlers run after the work
/// that made the change and before the controller syncs of that instant. A delivery first updates the cache behind
/// <see cref="Lister"/>, then calls the handlers in the order they were added.
/// </summary>
/// <remarks>
/// <para>
/// As upstream's <c>processDeltas</c> does, an added or modified object the cache already holds is an update (the
/// handlers get the cached object as the old one), any other an add; a removal is a delete with the object's last
/// state. The initial list is delivered as adds, in creation order. A handler added to an informer that has started
/// first receives the cache as adds (in one delivery), then every later change.
/// </para>
/// <para>
/// Handlers should only look at objects and queue keys, as upstream's do; an exception from a handler is a bug in it
/// and stops the run. There is no periodic resync: a controller that needs to look again asks for it with
/// <see cref="ReconcileResult.RequeueAfter"/>.
/// </para>
/// </remarks>
/// <typeparam name="T">The kind's model type, such as <see cref="Pod"/>.</typeparam>
public sealed class Informer<T>
    where T : KubeObject
{
    private readonly IControllerHost _simulation;
    private readonly ObjectStore _store;
    private readonly List<Handler> _handlers = [];
    private bool _started;

    internal Informer(IControllerHost simulation, ObjectStore store)
    {
        _simulation = simulation;
        _store = store;
        Kind = ApiResources.ForType(typeof(T))?.Kind
            ?? throw new NotSupportedException(typeof(T).Name + " is not a kind the API server serves");
    }

    /// <summary>Gets the kind the informer watches, such as <c>Pod</c>.</summary>
    public string Kind { get; }

    /// <summary>Gets read access to the informer's cache.</summary>
    public Lister<T> Lister { get; } = new();

    /// <summary>Gets a value indicating whether the initial list has been delivered (client-go's <c>HasSynced</c>).</summary>
    public bool HasSynced { get; private set; }

    /// <summary>
    /// Adds handlers for the kind's changes (client-go's <c>ResourceEventHandlerFuncs</c>); any of them may be null.
    /// </summary>
    /// <param name="onAdd">Called with each object the informer sees for the first time.</param>
    /// <param name="onUpdate">Called with the cached (old) and the new object for each change of a known object.</param>
    /// <param name="onDelete">Called with the last state of each removed object.</param>
    public void AddEventHandler(Action<T>? onAdd = null, Action<T, T>? onUpdate = null, Action<T>? onDelete = null)
    {
        var handler = new Handler(onAdd, onUpdate, onDelete) { Synced = !_started };
        _handlers.Add(handler);
        if (_started)
        {
            // Upstream replays the cache to a listener added late; deliveries queued before the replay skip it, the
            // replay covering them.
            _simulation.Enqueue(_simulation.Elapsed, WorkTier.WatchDelivery, () =>
            {
                handler.Synced = true;
                foreach (var obj in Lister.List())
                {
                    handler.OnAdd?.Invoke(obj);
                }
            });
        }
    }

    /// <summary>Lists the kind now and watches from the list's resourceVersion; the list is delivered as adds.</summary>
    internal void Start()
    {
        if (_started)
        {
            return;
        }

        _started = true;
        var initial = _store.Live<T>();
        _simulation.Enqueue(_simulation.Elapsed, WorkTier.WatchDelivery, () =>
        {
            foreach (var obj in initial)
            {
                Lister.Upsert(obj);
                foreach (var handler in Synced())
                {
                    handler.OnAdd?.Invoke(obj);
                }
            }

            HasSynced = true;
        });
        _store.Watch(Kind, _store.ResourceVersion, change =>
            _simulation.Enqueue(change.Offset, WorkTier.WatchDelivery, () => Deliver(change)));
    }

    private void Deliver(WatchEvent change)
    {
        var obj = (T)change.Object;
        if (change.Type == WatchEventType.Deleted)
        {
            Lister.Remove(obj);
            foreach (var handler in Synced())
            {
                handler.OnDelete?.Invoke(obj);
            }

            return;
        }

        var old = Lister.Upsert(obj);
        foreach (var handler in Synced())
        {
            if (old is null)
            {
                handler.OnAdd?.Invoke(obj);
            }
            else
            {
                handler.OnUpdate?.Invoke(old, obj);
            }
        }
    }

    /// <summary>
    /// The handlers a delivery goes to: those added before it and not waiting for their replay. A handler added by a
    /// handler is added late (its replay is queued), so the count taken at the start is the whole list to visit.
    /// </summary>
    private IEnumerable<Handler> Synced()
    {
        for (int i = 0, n = _handlers.Count; i < n; i++)
        {
            if (_handlers[i].Synced)
            {
                yield return _handlers[i];
            }
        }
    }

    private sealed class Handler(Action<T>? onAdd, Action<T, T>? onUpdate, Action<T>? onDelete)
    {
        public Action<T>? OnAdd { get; } = onAdd;

        public Action<T, T>? OnUpdate { get; } = onUpdate;

        public Action<T>? OnDelete { get; } = onDelete;

        public bool Synced { get; set; }
    }
}
