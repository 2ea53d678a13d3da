namespace PodSim.Model;

/// <summary>A Kubernetes ReplicationController (core/v1): keeps a number of pod replicas running.</summary>
public sealed record ReplicationController : KubeObject
{
    /// <summary>Gets the controller's desired state.</summary>
    public ReplicationControllerSpec? Spec { get; init; }

    /// <summary>Gets the object's observed status, kept as written: PodSim does not simulate it.</summary>
    public FreeformValue? Status { get; init; }
}
