using PodSim.ApiServer;
using PodSim.Engine;
using PodSim.Model;

namespace PodSim.Controllers.Runtime;

/// <summary>
/// What the controller runtime needs from the world around it: the virtual clock and its agenda, the API server, and
/// the event log. The simulation provides it.
/// </summary>
internal interface IControllerHost
{
    /// <summary>Gets the virtual time elapsed since the start.</summary>
    TimeSpan Elapsed { get; }

    /// <summary>Gets the current virtual time.</summary>
    DateTimeOffset Now { get; }

    /// <summary>Gets the latest offset the clock can reach.</summary>
    TimeSpan LatestOffset { get; }

    /// <summary>Gets the clock as a <see cref="System.TimeProvider"/>.</summary>
    TimeProvider TimeProvider { get; }

    /// <summary>Gets the API server.</summary>
    KubeApiServer Api { get; }

    /// <summary>Creates an object through the API server, as a create by any client.</summary>
    KubeObject CreateObject(KubeObject input);

    /// <summary>Queues work at a virtual instant.</summary>
    PendingWork Enqueue(TimeSpan due, WorkTier tier, Action action);

    /// <summary>Records a Kubernetes event now.</summary>
    void RecordEvent(ObjectReference involved, string type, string reason, string message, string component);
}
