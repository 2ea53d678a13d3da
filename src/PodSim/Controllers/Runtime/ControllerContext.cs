using PodSim.Engine;
using PodSim.Model;

namespace PodSim.Controllers.Runtime;

/// <summary>
/// What a controller works with: the virtual clock, an API client, shared informers and their listers, its own work
/// queue of keys and an event recorder that signs events with the controller's name.
/// </summary>
public sealed class ControllerContext
{
    private readonly IControllerHost _simulation;
    private readonly ControllerManager _manager;

    internal ControllerContext(IControllerHost simulation, ControllerManager manager, string controllerName, Action<string> process)
    {
        _simulation = simulation;
        _manager = manager;
        ControllerName = controllerName;
        Queue = new WorkQueue<string>(simulation, process);
        Recorder = new ComponentEventRecorder(simulation, controllerName);
    }

    /// <summary>Gets the controller's name.</summary>
    public string ControllerName { get; }

    /// <summary>Gets the virtual clock as a <see cref="System.TimeProvider"/> (timers fire inside the simulation).</summary>
    public TimeProvider TimeProvider => _simulation.TimeProvider;

    /// <summary>Gets the current virtual time.</summary>
    public DateTimeOffset Now => _simulation.Now;

    /// <summary>Gets the virtual time elapsed since the simulation's start.</summary>
    public TimeSpan Elapsed => _simulation.Elapsed;

    /// <summary>Gets the API client.</summary>
    public ApiClient Client => _manager.Client;

    /// <summary>Gets the controller's work queue; every key processed from it is handed to <see cref="IController.Reconcile"/>.</summary>
    public WorkQueue<string> Queue { get; }

    /// <summary>Gets the recorder of the controller's events; their source component is the controller's name.</summary>
    public ComponentEventRecorder Recorder { get; }

    /// <summary>Gets the simulation's shared informer for a kind; controllers watching the same kind share it.</summary>
    /// <typeparam name="T">The kind's model type, such as <see cref="Pod"/>.</typeparam>
    /// <returns>The informer.</returns>
    /// <exception cref="NotSupportedException">The type is not a kind the API server serves.</exception>
    public Informer<T> Informer<T>()
        where T : KubeObject => _manager.Informer<T>();

    /// <summary>Gets the lister of the shared informer for a kind.</summary>
    /// <typeparam name="T">The kind's model type.</typeparam>
    /// <returns>The lister.</returns>
    /// <exception cref="NotSupportedException">The type is not a kind the API server serves.</exception>
    public Lister<T> Lister<T>()
        where T : KubeObject => _manager.Informer<T>().Lister;

    /// <summary>
    /// Queues a key for every object of a kind that the informer adds, updates or deletes: by default the object's own
    /// key (controller-runtime's <c>For</c>), or the key <paramref name="keyOf"/> maps it to, such as its owner's
    /// (null queues nothing).
    /// </summary>
    /// <typeparam name="T">The kind's model type.</typeparam>
    /// <param name="keyOf">Maps an object to the key to queue; null for the object's own key.</param>
    public void Watch<T>(Func<T, string?>? keyOf = null)
        where T : KubeObject
    {
        keyOf ??= ObjectKeys.Of;
        void Enqueue(T obj)
        {
            if (keyOf(obj) is { } key)
            {
                Queue.Add(key);
            }
        }

        Informer<T>().AddEventHandler(Enqueue, (_, current) => Enqueue(current), Enqueue);
    }
}
