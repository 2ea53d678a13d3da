using PodSim.ApiServer;
using PodSim.Engine;
using PodSim.Model;

namespace PodSim.Scheduling;

/// <summary>
/// What the scheduler needs from the world around it: the virtual clock and its agenda, the API server it reads and
/// binds through, the cluster's nodes, and the logs it reports to. The simulation provides it.
/// </summary>
internal interface ISchedulerHost
{
    /// <summary>Gets the virtual time elapsed since the start.</summary>
    TimeSpan Elapsed { get; }

    /// <summary>Gets the API server.</summary>
    KubeApiServer Api { get; }

    /// <summary>Gets the delay between a pod entering the scheduling queue and its binding (<c>latency.scheduling</c>).</summary>
    TimeSpan SchedulingLatency { get; }

    /// <summary>The live nodes in creation order (the default node registered when there is none).</summary>
    List<Node> NodesOrDefault();

    /// <summary>The Scheduled event's message in the simulated version (<c>Successfully assigned ns/name to node</c>).</summary>
    string ScheduledMessage(string ns, string name, string node);

    /// <summary>Queues work after a delay from now.</summary>
    PendingWork EnqueueAfter(TimeSpan delay, WorkTier tier, Action action);

    /// <summary>Records a Kubernetes event now.</summary>
    void RecordEvent(ObjectReference involved, string type, string reason, string message, string component);

    /// <summary>Records a transition of an object's field now.</summary>
    void RecordTransition(string obj, string field, string? from, string? to);

    /// <summary>Reports something the simulation does not model, rather than ignoring it.</summary>
    void AddWarning(string warning);
}
