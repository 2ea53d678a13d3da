namespace PodSim.Model;

/// <summary>The desired behaviour of a cron job.</summary>
public sealed record CronJobSpec
{
    /// <summary>Gets the cron schedule.</summary>
    public string? Schedule { get; init; }

    /// <summary>Gets the time zone the schedule is read in.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Gets how late, in seconds, a missed run may still start.</summary>
    public long? StartingDeadlineSeconds { get; init; }

    /// <summary>Gets how overlapping runs are handled (Allow, Forbid or Replace).</summary>
    public string? ConcurrencyPolicy { get; init; }

    /// <summary>Gets a value indicating whether new runs are suspended.</summary>
    public bool? Suspend { get; init; }

    /// <summary>Gets the template jobs are created from.</summary>
    public JobTemplateSpec? JobTemplate { get; init; }

    /// <summary>Gets how many successful jobs are kept.</summary>
    public int? SuccessfulJobsHistoryLimit { get; init; }

    /// <summary>Gets how many failed jobs are kept.</summary>
    public int? FailedJobsHistoryLimit { get; init; }
}
