namespace PodSim.Controllers.Runtime;

/// <summary>
/// A controller that runs in a simulation on the virtual clock, in the shape of client-go's and controller-runtime's
/// controllers: <see cref="Register"/> wires informer handlers that queue keys, and <see cref="Reconcile"/> is called
/// for each queued key, at <see cref="Engine.WorkTier.ControllerSync"/>, one key at a time. Add one with
/// <see cref="Simulation.AddController"/>.
/// </summary>
/// <remarks>
/// Reconcile should read from the listers, write through <see cref="ControllerContext.Client"/> and return; it must
/// not keep state that the cluster does not hold, since a key may come back at any time. An exception from Reconcile
/// is an error: it is reported in <see cref="Simulation.Warnings"/> and the key is requeued after its back-off.
/// </remarks>
public interface IController
{
    /// <summary>
    /// Gets the controller's name: unique in the simulation, the source component of the events it records, and the
    /// name in its warnings.
    /// </summary>
    string Name { get; }

    /// <summary>
    /// Sets the controller up: gets informers from the context and adds handlers that queue keys (for example
    /// <see cref="ControllerContext.Watch{T}"/>). Called once, when the controller is added; the informers start
    /// right after, and deliver the objects that exist then as adds.
    /// </summary>
    /// <param name="context">The controller's context.</param>
    void Register(ControllerContext context);

    /// <summary>Brings the cluster closer to what the object with this key asks for.</summary>
    /// <param name="key">The key: <c>namespace/name</c>, or <c>name</c> for a cluster-scoped object (<see cref="ObjectKeys"/>).</param>
    /// <param name="context">The controller's context.</param>
    /// <returns>Whether and when to look at the key again.</returns>
    ReconcileResult Reconcile(string key, ControllerContext context);
}
