namespace PodSim.Model;

/// <summary>The desired state of a deployment.</summary>
public sealed record DeploymentSpec
{
    /// <summary>Gets the number of pods wanted.</summary>
    public int? Replicas { get; init; }

    /// <summary>Gets the selector of the pods the deployment manages.</summary>
    public LabelSelector? Selector { get; init; }

    /// <summary>Gets the template new pods are created from.</summary>
    public PodTemplateSpec? Template { get; init; }

    /// <summary>Gets how old pods are replaced by new ones.</summary>
    public DeploymentStrategy? Strategy { get; init; }

    /// <summary>Gets how long, in seconds, a pod must be ready to count as available.</summary>
    public int? MinReadySeconds { get; init; }

    /// <summary>Gets how many old replica sets are kept for rollback.</summary>
    public int? RevisionHistoryLimit { get; init; }

    /// <summary>Gets a value indicating whether rollouts are paused.</summary>
    public bool? Paused { get; init; }

    /// <summary>Gets how long, in seconds, a rollout may go without progress before it is reported as failed.</summary>
    public int? ProgressDeadlineSeconds { get; init; }
}
