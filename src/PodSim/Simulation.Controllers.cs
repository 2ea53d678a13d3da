using PodSim.Engine;
using PodSim.Controllers.Runtime;

namespace PodSim;

/// <summary>
/// What users add to the control plane: controllers (<see cref="AddController"/>) and scheduler plugins
/// (<see cref="AddSchedulerPlugin"/>).
/// </summary>
public sealed partial class Simulation
{
    private ControllerManager? _controllers;

    /// <summary>Gets the controllers added so far, in order.</summary>
    public IReadOnlyList<IController> Controllers => _controllers?.Controllers ?? [];

    /// <summary>
    /// Adds a controller: its <see cref="IController.Register"/> runs now, then the informers it asked for start
    /// with the objects that exist now, delivered as adds at the current instant, and every later change. Add
    /// controllers before running, so that they see the cluster from its start.
    /// </summary>
    /// <param name="controller">The controller.</param>
    /// <exception cref="ArgumentException">The controller has no name, or one of that name was added already.</exception>
    public void AddController(IController controller)
    {
        ArgumentNullException.ThrowIfNull(controller);
        _controllers ??= new ControllerManager(this, Cluster, _warnings.Add);
        _controllers.Add(controller);
    }

    /// <summary>
    /// Adds a plugin to the scheduler, at every extension point it implements
    /// (<see cref="Scheduling.Framework.IFilterPlugin"/>, <see cref="Scheduling.Framework.IScorePlugin"/>,
    /// <see cref="Scheduling.Framework.IPostFilterPlugin"/>), after the built-in ones. Pods created from then on are
    /// scheduled with it; add plugins before running.
    /// </summary>
    /// <param name="plugin">The plugin.</param>
    /// <exception cref="ArgumentException">The object implements none of the plugin interfaces.</exception>
    public void AddSchedulerPlugin(object plugin)
    {
        ArgumentNullException.ThrowIfNull(plugin);
        Scheduler.AddPlugin(plugin);
    }
}
