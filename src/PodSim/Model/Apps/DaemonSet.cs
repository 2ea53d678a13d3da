namespace PodSim.Model;

/// <summary>A Kubernetes DaemonSet (apps/v1): runs one pod on each eligible node.</summary>
public sealed record DaemonSet : KubeObject
{
    /// <summary>Gets the daemon set's desired state.</summary>
    public DaemonSetSpec? Spec { get; init; }

    /// <summary>Gets the object's observed status, kept as written: PodSim does not simulate it.</summary>
    public FreeformValue? Status { get; init; }
}
