namespace PodSim.Defaulting;

/// <summary>
/// The literal values that Kubernetes API defaulting fills in, as named in upstream
/// <c>k8s.io/api</c> and <c>pkg/apis/*/v1/defaults.go</c>.
/// </summary>
internal static class DefaultValues
{
    /// <summary>The namespace given to namespaced objects that have none.</summary>
    public const string Namespace = "default";

    /// <summary>The scheduler name given to pods (<c>DefaultSchedulerName</c>).</summary>
    public const string SchedulerName = "default-scheduler";

    /// <summary>The termination grace period, in seconds (<c>DefaultTerminationGracePeriodSeconds</c>).</summary>
    public const long TerminationGracePeriodSeconds = 30;

    /// <summary>The file a container's termination message is read from (<c>TerminationMessagePathDefault</c>).</summary>
    public const string TerminationMessagePath = "/dev/termination-log";

    /// <summary>The permission bits of secret, config map, downward API and projected volume files (0644).</summary>
    public const int VolumeDefaultMode = 420;

    /// <summary>The lifetime, in seconds, of a projected service account token (one hour).</summary>
    public const long ServiceAccountTokenExpirationSeconds = 3600;

    /// <summary>The API version that an object field selector is read against.</summary>
    public const string FieldRefApiVersion = "v1";

    /// <summary>The path an HTTP probe or hook requests.</summary>
    public const string HttpGetPath = "/";

    /// <summary>The image tag assumed when an image names neither a tag nor a digest (<c>DefaultImageTag</c>).</summary>
    public const string ImageTag = "latest";

    /// <summary>The probe timeout, in seconds.</summary>
    public const int ProbeTimeoutSeconds = 1;

    /// <summary>The probe period, in seconds.</summary>
    public const int ProbePeriodSeconds = 10;

    /// <summary>The probe success threshold.</summary>
    public const int ProbeSuccessThreshold = 1;

    /// <summary>The probe failure threshold.</summary>
    public const int ProbeFailureThreshold = 3;

    /// <summary>The update strategy type of deployments, daemon sets and stateful sets.</summary>
    public const string RollingUpdate = "RollingUpdate";

    /// <summary>The deployment rolling update <c>maxUnavailable</c> and <c>maxSurge</c>.</summary>
    public const string DeploymentRollingUpdatePercent = "25%";

    /// <summary>The number of old revisions kept by deployments, daemon sets and stateful sets.</summary>
    public const int RevisionHistoryLimit = 10;

    /// <summary>The deployment progress deadline, in seconds.</summary>
    public const int ProgressDeadlineSeconds = 600;

    /// <summary>The stateful set pod management policy.</summary>
    public const string PodManagementPolicy = "OrderedReady";

    /// <summary>The stateful set volume claim retention policy on deletion and on scale-down.</summary>
    public const string PersistentVolumeClaimRetention = "Retain";

    /// <summary>The job backoff limit without a per-index backoff limit.</summary>
    public const int JobBackoffLimit = 6;

    /// <summary>The job backoff limit when a per-index backoff limit is set (<c>math.MaxInt32</c>).</summary>
    public const int JobBackoffLimitWithPerIndexLimit = int.MaxValue;

    /// <summary>The job completion mode.</summary>
    public const string JobCompletionMode = "NonIndexed";

    /// <summary>The job pod replacement policy when the job has a pod failure policy.</summary>
    public const string PodReplacementPolicyWithFailurePolicy = "Failed";

    /// <summary>The job pod replacement policy when the job has no pod failure policy.</summary>
    public const string PodReplacementPolicy = "TerminatingOrFailed";

    /// <summary>The cron job concurrency policy.</summary>
    public const string ConcurrencyPolicy = "Allow";

    /// <summary>The number of successful jobs a cron job keeps.</summary>
    public const int SuccessfulJobsHistoryLimit = 3;

    /// <summary>The number of failed jobs a cron job keeps.</summary>
    public const int FailedJobsHistoryLimit = 1;
}
