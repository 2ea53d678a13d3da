namespace PodSim.Kubelet;

/// <summary>The runtime state of a container's current instance.</summary>
internal enum InstanceState
{
    /// <summary>No instance was ever created.</summary>
    None,

    /// <summary>Created; starting (start latency) or running its postStart hook: the status still says Waiting.</summary>
    Starting,

    /// <summary>Running, shown as Running.</summary>
    Running,

    /// <summary>The process exited.</summary>
    Exited,
}
