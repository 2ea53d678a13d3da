namespace PodSim.Model;

/// <summary>A Kubernetes Deployment (apps/v1): declarative rollouts of replica sets.</summary>
public sealed record Deployment : KubeObject
{
    /// <summary>Gets the deployment's desired state.</summary>
    public DeploymentSpec? Spec { get; init; }

    /// <summary>Gets the object's observed status, kept as written: PodSim does not simulate it.</summary>
    public FreeformValue? Status { get; init; }
}
