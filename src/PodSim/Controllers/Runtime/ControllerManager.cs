using PodSim.ApiServer;
using PodSim.Engine;
using PodSim.Model;

namespace PodSim.Controllers.Runtime;

/// <summary>
/// The simulation's controller manager: the shared informers (one per kind, as client-go's
/// <c>SharedInformerFactory</c>) and the added controllers, each with its context and work queue. A key processed from
/// a controller's queue goes to its Reconcile, and the result decides what happens to the key, as controller-runtime's
/// <c>reconcileHandler</c> does (<c>pkg/internal/controller/controller.go</c> in controller-runtime).
/// </summary>
internal sealed class ControllerManager
{
    private readonly IControllerHost _simulation;
    private readonly ObjectStore _store;
    private readonly Action<string> _warn;
    private readonly Dictionary<string, string> _lastFailures = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, object> _informers = [];
    private readonly List<Action> _starts = [];
    private readonly List<IController> _controllers = [];

    public ControllerManager(IControllerHost simulation, ObjectStore store, Action<string> warn)
    {
        _simulation = simulation;
        _store = store;
        _warn = warn;
        Client = new ApiClient(simulation);
    }

    public ApiClient Client { get; }

    public IReadOnlyList<IController> Controllers => _controllers;

    public Informer<T> Informer<T>()
        where T : KubeObject
    {
        if (_informers.TryGetValue(typeof(T), out var existing))
        {
            return (Informer<T>)existing;
        }

        var informer = new Informer<T>(_simulation, _store);
        _informers[typeof(T)] = informer;
        _starts.Add(informer.Start);
        return informer;
    }

    /// <summary>Registers a controller, then starts the informers it asked for (and any not started yet).</summary>
    public void Add(IController controller)
    {
        var name = controller.Name;
        if (string.IsNullOrEmpty(name))
        {
            throw new ArgumentException("a controller needs a name", nameof(controller));
        }

        if (_controllers.Exists(c => c.Name == name))
        {
            throw new ArgumentException("a controller named \"" + name + "\" was added already", nameof(controller));
        }

        ControllerContext? context = null;
        context = new ControllerContext(_simulation, this, name, key => Sync(controller, context!, key));
        controller.Register(context);
        _controllers.Add(controller);
        foreach (var start in _starts.ToArray())
        {
            start();
        }
    }

    private void Sync(IController controller, ControllerContext context, string key)
    {
        ReconcileResult result;
        try
        {
            result = controller.Reconcile(key, context) ?? ReconcileResult.Done;
        }
#pragma warning disable CA1031 // An error from a controller is reported and retried, as client-go's HandleError and AddRateLimited do.
        catch (Exception e)
#pragma warning restore CA1031
        {
            // A key that keeps failing with the same error is reported once, so that Warnings stays bounded.
            var failure = controller.Name + "\u001f" + key;
            if (!_lastFailures.TryGetValue(failure, out var last) || last != e.Message)
            {
                _lastFailures[failure] = e.Message;
                _warn("+" + GoDuration.Format(_simulation.Elapsed) + " controller " + controller.Name + ": error syncing \"" + key + "\": " + e.Message + ", requeuing");
            }

            context.Queue.AddRateLimited(key);
            return;
        }

        _lastFailures.Remove(controller.Name + "\u001f" + key);

        if (result.Delay is { } delay)
        {
            context.Queue.Forget(key);
            context.Queue.AddAfter(key, delay);
        }
        else if (result.RateLimited)
        {
            context.Queue.AddRateLimited(key);
        }
        else
        {
            context.Queue.Forget(key);
        }
    }
}
