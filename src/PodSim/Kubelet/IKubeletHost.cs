using PodSim.ApiServer;
using PodSim.Configuration;
using PodSim.Engine;
using PodSim.Model;

namespace PodSim.Kubelet;

/// <summary>
/// What a pod worker needs from the world around it: the virtual clock and its agenda, the API server it writes
/// through, the event and transition logs, and what its containers can read. The simulation provides it; tests may
/// provide another.
/// </summary>
internal interface IKubeletHost
{
    /// <summary>Gets the virtual time elapsed since the start.</summary>
    TimeSpan Elapsed { get; }

    /// <summary>Gets the virtual epoch.</summary>
    DateTimeOffset StartTime { get; }

    /// <summary>Gets the API server.</summary>
    KubeApiServer Api { get; }

    /// <summary>Gets a value indicating whether passing probes run every period (the reference the optimised prober is tested against).</summary>
    bool ProbeEveryPeriod { get; }

    /// <summary>Queues work at a virtual instant.</summary>
    PendingWork Enqueue(TimeSpan due, WorkTier tier, Action action);

    /// <summary>Queues work after a delay from now.</summary>
    PendingWork EnqueueAfter(TimeSpan delay, WorkTier tier, Action action);

    /// <summary>Records a Kubernetes event now.</summary>
    void RecordEvent(ObjectReference involved, string type, string reason, string message, string component, string? host = null);

    /// <summary>Records a transition of an object's field now.</summary>
    void RecordTransition(string obj, string field, string? from, string? to);

    /// <summary>What a pod's containers can read now.</summary>
    ConfigurationSources ConfigurationSourcesFor(Pod pod);

    /// <summary>The image configuration the scenario gives for an image, if any.</summary>
    ImageConfig? ImageConfigFor(string? image);
}
