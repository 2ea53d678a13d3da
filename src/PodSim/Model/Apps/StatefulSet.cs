namespace PodSim.Model;

/// <summary>A Kubernetes StatefulSet (apps/v1): pods with stable identities and storage.</summary>
public sealed record StatefulSet : KubeObject
{
    /// <summary>Gets the stateful set's desired state.</summary>
    public StatefulSetSpec? Spec { get; init; }

    /// <summary>Gets the object's observed status, kept as written: PodSim does not simulate it.</summary>
    public FreeformValue? Status { get; init; }
}
