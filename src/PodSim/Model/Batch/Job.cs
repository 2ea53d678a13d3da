namespace PodSim.Model;

/// <summary>A Kubernetes Job (batch/v1): runs pods until a number of them succeed.</summary>
public sealed record Job : KubeObject
{
    /// <summary>Gets the job's desired behaviour.</summary>
    public JobSpec? Spec { get; init; }

    /// <summary>Gets the object's observed status, kept as written: PodSim does not simulate it.</summary>
    public FreeformValue? Status { get; init; }
}
