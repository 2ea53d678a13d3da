namespace PodSim.Model;

/// <summary>The desired behaviour of a job.</summary>
public sealed record JobSpec
{
    /// <summary>Gets the most pods that may run at the same time.</summary>
    public int? Parallelism { get; init; }

    /// <summary>Gets the number of successful pods needed to finish.</summary>
    public int? Completions { get; init; }

    /// <summary>Gets how long, in seconds, the job may be active before it is failed.</summary>
    public long? ActiveDeadlineSeconds { get; init; }

    /// <summary>Gets the rules for handling failed pods.</summary>
    public PodFailurePolicy? PodFailurePolicy { get; init; }

    /// <summary>Gets the number of retries before the job is failed.</summary>
    public int? BackoffLimit { get; init; }

    /// <summary>Gets the number of retries allowed per completion index.</summary>
    public int? BackoffLimitPerIndex { get; init; }

    /// <summary>Gets the most failed indexes tolerated before the job is failed.</summary>
    public int? MaxFailedIndexes { get; init; }

    /// <summary>Gets the selector of the pods the job manages.</summary>
    public LabelSelector? Selector { get; init; }

    /// <summary>Gets a value indicating whether the selector is set by the user instead of generated.</summary>
    public bool? ManualSelector { get; init; }

    /// <summary>Gets the template new pods are created from.</summary>
    public PodTemplateSpec? Template { get; init; }

    /// <summary>Gets how long, in seconds, a finished job is kept before deletion.</summary>
    public int? TtlSecondsAfterFinished { get; init; }

    /// <summary>Gets how completions are tracked (NonIndexed or Indexed).</summary>
    public string? CompletionMode { get; init; }

    /// <summary>Gets a value indicating whether the job is suspended.</summary>
    public bool? Suspend { get; init; }

    /// <summary>Gets when replacement pods are created (TerminatingOrFailed or Failed).</summary>
    public string? PodReplacementPolicy { get; init; }

    /// <summary>Gets the name of the controller that manages the job.</summary>
    public string? ManagedBy { get; init; }

    /// <summary>Gets the rules that declare an indexed job succeeded, kept as written: PodSim does not simulate it.</summary>
    public FreeformValue? SuccessPolicy { get; init; }
}
