namespace PodSim.Model;

/// <summary>A Kubernetes CronJob (batch/v1): creates jobs on a schedule.</summary>
public sealed record CronJob : KubeObject
{
    /// <summary>Gets the cron job's desired behaviour.</summary>
    public CronJobSpec? Spec { get; init; }

    /// <summary>Gets the object's observed status, kept as written: PodSim does not simulate it.</summary>
    public FreeformValue? Status { get; init; }
}
