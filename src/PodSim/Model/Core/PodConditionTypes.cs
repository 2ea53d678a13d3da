namespace PodSim.Model;

/// <summary>Well-known pod condition types.</summary>
public static class PodConditionTypes
{
    /// <summary>The pod has been bound to a node.</summary>
    public const string PodScheduled = "PodScheduled";

    /// <summary>The pod sandbox and networking are ready.</summary>
    public const string PodReadyToStartContainers = "PodReadyToStartContainers";

    /// <summary>All init containers have completed.</summary>
    public const string Initialized = "Initialized";

    /// <summary>All containers are ready.</summary>
    public const string ContainersReady = "ContainersReady";

    /// <summary>The pod can serve requests.</summary>
    public const string Ready = "Ready";

    /// <summary>The pod is about to be terminated by a disruption.</summary>
    public const string DisruptionTarget = "DisruptionTarget";
}
