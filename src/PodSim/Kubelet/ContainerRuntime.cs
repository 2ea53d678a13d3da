using PodSim.Engine;
using PodSim.Model;

namespace PodSim.Kubelet;

/// <summary>What the simulated container runtime and kubelet know about one container of a pod (all its instances).</summary>
internal sealed class ContainerRuntime
{
    public ContainerRuntime(Container spec, bool isInit, int index)
    {
        Spec = spec;
        Name = spec.Name ?? string.Empty;
        IsInit = isInit;
        IsSidecar = isInit && PodPhaseRules.IsSidecar(spec);
        Index = index;
        FieldPath = (isInit ? "spec.initContainers{" : "spec.containers{") + Name + "}";
    }

    public Container Spec { get; }

    public string Name { get; }

    public bool IsInit { get; }

    public bool IsSidecar { get; }

    /// <summary>Gets a value indicating whether this is a regular init container (runs to completion).</summary>
    public bool IsRegularInit => IsInit && !IsSidecar;

    public int Index { get; }

    /// <summary>Gets the involved-object field path of the container's events.</summary>
    public string FieldPath { get; }

    public InstanceState State { get; set; }

    /// <summary>Gets or sets how many instances were created (the run number of the current one).</summary>
    public int Runs { get; set; }

    public int RestartCount { get; set; }

    public string? ContainerId { get; set; }

    public string? FullImage { get; set; }

    public string? ImageId { get; set; }

    /// <summary>Gets or sets the error of the last failed pull of the container's image.</summary>
    public string? LastPullError { get; set; }

    public TimeSpan? StartedAt { get; set; }

    /// <summary>Gets or sets what to do when the current instance exits instead of a sync (a kill inside a start).</summary>
    public Action? OnStopped { get; set; }

    /// <summary>Gets or sets when the current stop began (the Killing event) and its grace in seconds.</summary>
    public TimeSpan KillStart { get; set; }

    public long KillGrace { get; set; }

    /// <summary>Gets or sets a value indicating whether the current stop waits for other containers (sidecar ordering).</summary>
    public bool KillOrdered { get; set; }

    public TimeSpan? FinishedAt { get; set; }

    public int ExitCode { get; set; }

    public string? TerminatedReason { get; set; }

    public string? TerminatedMessage { get; set; }

    /// <summary>Gets or sets the terminated state of the previous instance (lastState).</summary>
    public ContainerStateTerminated? LastTerminated { get; set; }

    /// <summary>Gets or sets the reason of the last failed start (the kubelet's reason cache), shown as Waiting.</summary>
    public string? WaitingReason { get; set; }

    public string? WaitingMessage { get; set; }

    public ProcessBehavior Behavior { get; set; } = ProcessBehavior.Default;

    /// <summary>Gets or sets the process's own exit, cancelled when it is stopped first.</summary>
    public ScheduledWork? ExitWork { get; set; }

    /// <summary>Gets or sets the kernel's OOM kill when the scripted memory reaches the limit.</summary>
    public ScheduledWork? OomWork { get; set; }

    /// <summary>Gets or sets the pending SIGTERM reaction or SIGKILL of a stop in progress.</summary>
    public ScheduledWork? StopWork { get; set; }

    /// <summary>Gets or sets the pending SIGKILL deadline of a stop in progress.</summary>
    public ScheduledWork? KillWork { get; set; }

    /// <summary>Gets or sets the timer that retries a start after a back-off.</summary>
    public ScheduledWork? RetryWork { get; set; }

    /// <summary>Gets or sets a value indicating whether a stop (kill) is in progress.</summary>
    public bool Stopping { get; set; }

    /// <summary>Gets or sets a value indicating whether the preStop hook of the current stop finished.</summary>
    public bool PreStopDone { get; set; }

    /// <summary>Gets or sets when SIGTERM was sent in the current stop.</summary>
    public TimeSpan? SigtermAt { get; set; }

    /// <summary>Gets or sets a value indicating whether the startup probe succeeded (or there is none).</summary>
    public bool StartupSucceeded { get; set; }

    /// <summary>Gets or sets a value indicating whether the readiness probe passes (or there is none).</summary>
    public bool ReadinessSucceeded { get; set; }

    /// <summary>Gets a value indicating whether a process is alive (created and not yet exited).</summary>
    public bool IsAlive => State is InstanceState.Starting or InstanceState.Running;
}
