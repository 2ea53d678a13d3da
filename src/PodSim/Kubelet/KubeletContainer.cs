using PodSim.Engine;
using PodSim.Model;

namespace PodSim.Kubelet;

/// <summary>What the simulated container runtime and kubelet know about one container of a pod (all its instances).</summary>
internal sealed class KubeletContainer
{
    private bool _readinessSucceeded;
    private bool _startupSucceeded;
    private string? _waitingMessage;
    private string? _waitingReason;
    private ContainerStateTerminated? _lastTerminated;
    private string? _terminatedMessage;
    private string? _terminatedReason;
    private int _exitCode;
    private TimeSpan? _finishedAt;
    private TimeSpan? _startedAt;
    private string? _imageId;
    private string? _fullImage;
    private string? _containerId;
    private int _restartCount;
    private InstanceState _state;

    public KubeletContainer(Container spec, bool isInit, int index)
    {
        Spec = spec;
        Name = spec.Name ?? string.Empty;
        IsInit = isInit;
        IsSidecar = isInit && spec.IsSidecar;
        Index = index;
        FieldPath = (isInit ? "spec.initContainers{" : "spec.containers{") + Name + "}";
        StatusField = (isInit ? "status.initContainerStatuses[" : "status.containerStatuses[") + Name + "]";
    }

    /// <summary>Gets or sets the involved-object reference of the container's events (built once).</summary>
    public ObjectReference? EventReference { get; set; }

    /// <summary>Gets or sets the crash-loop back-off key (built once).</summary>
    public string? BackOffKey { get; set; }

    /// <summary>Gets how many times anything the container status shows has changed (the status cache key).</summary>
    public int Version { get; private set; }

    /// <summary>Gets or sets the status last built, and the version and pod epoch it was built at.</summary>
    public ContainerStatus? CachedStatus { get; set; }

    public long CachedKey { get; set; } = -1;

    /// <summary>Gets the status field of the container in transitions: <c>status.containerStatuses[app]</c>.</summary>
    public string StatusField { get; }

    /// <summary>Gets or sets the text of the state last written to the status (for the transition log).</summary>
    public string? ReportedState { get; set; }

    public Container Spec { get; set; }

    /// <summary>Gets or sets how often the spec changed (an update of the image); part of the back-off key.</summary>
    public int SpecGeneration { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether the container is to start again because its spec changed, whatever the
    /// restart policy and without back-off.
    /// </summary>
    public bool RestartForSpec { get; set; }

    public string Name { get; }

    public bool IsInit { get; }

    public bool IsSidecar { get; }

    /// <summary>Gets a value indicating whether this is a regular init container (runs to completion).</summary>
    public bool IsRegularInit => IsInit && !IsSidecar;

    public int Index { get; }

    /// <summary>Gets the involved-object field path of the container's events.</summary>
    public string FieldPath { get; }

    public InstanceState State
    {
        get => _state;
        set
        {
            if (!EqualityComparer<InstanceState>.Default.Equals(_state, value))
            {
                _state = value;
                Version++;
            }
        }
    }

    /// <summary>Gets or sets how many instances were created (the run number of the current one).</summary>
    public int Runs { get; set; }

    public int RestartCount
    {
        get => _restartCount;
        set
        {
            if (!EqualityComparer<int>.Default.Equals(_restartCount, value))
            {
                _restartCount = value;
                Version++;
            }
        }
    }

    public string? ContainerId
    {
        get => _containerId;
        set
        {
            if (!EqualityComparer<string?>.Default.Equals(_containerId, value))
            {
                _containerId = value;
                Version++;
            }
        }
    }

    public string? FullImage
    {
        get => _fullImage;
        set
        {
            if (!EqualityComparer<string?>.Default.Equals(_fullImage, value))
            {
                _fullImage = value;
                Version++;
            }
        }
    }

    public string? ImageId
    {
        get => _imageId;
        set
        {
            if (!EqualityComparer<string?>.Default.Equals(_imageId, value))
            {
                _imageId = value;
                Version++;
            }
        }
    }

    /// <summary>Gets or sets the error of the last failed pull of the container's image.</summary>
    public string? LastPullError { get; set; }

    public TimeSpan? StartedAt
    {
        get => _startedAt;
        set
        {
            if (!EqualityComparer<TimeSpan?>.Default.Equals(_startedAt, value))
            {
                _startedAt = value;
                Version++;
            }
        }
    }

    /// <summary>Gets or sets a value indicating whether a start is under way, during which the status shows the last sync's result.</summary>
    public bool StatusFrozen { get; set; }

    /// <summary>Gets or sets what to do when the current instance exits instead of a sync (a kill inside a start).</summary>
    public Action? OnStopped { get; set; }

    /// <summary>Gets or sets when the current stop began (the Killing event) and its grace in seconds.</summary>
    public TimeSpan KillStart { get; set; }

    public long KillGrace { get; set; }

    /// <summary>Gets or sets a value indicating whether the current stop waits for other containers (sidecar ordering).</summary>
    public bool KillOrdered { get; set; }

    public TimeSpan? FinishedAt
    {
        get => _finishedAt;
        set
        {
            if (!EqualityComparer<TimeSpan?>.Default.Equals(_finishedAt, value))
            {
                _finishedAt = value;
                Version++;
            }
        }
    }

    public int ExitCode
    {
        get => _exitCode;
        set
        {
            if (!EqualityComparer<int>.Default.Equals(_exitCode, value))
            {
                _exitCode = value;
                Version++;
            }
        }
    }

    public string? TerminatedReason
    {
        get => _terminatedReason;
        set
        {
            if (!EqualityComparer<string?>.Default.Equals(_terminatedReason, value))
            {
                _terminatedReason = value;
                Version++;
            }
        }
    }

    public string? TerminatedMessage
    {
        get => _terminatedMessage;
        set
        {
            if (!EqualityComparer<string?>.Default.Equals(_terminatedMessage, value))
            {
                _terminatedMessage = value;
                Version++;
            }
        }
    }

    /// <summary>Gets or sets the terminated state of the previous instance (lastState).</summary>
    public ContainerStateTerminated? LastTerminated
    {
        get => _lastTerminated;
        set
        {
            if (!EqualityComparer<ContainerStateTerminated?>.Default.Equals(_lastTerminated, value))
            {
                _lastTerminated = value;
                Version++;
            }
        }
    }

    /// <summary>Gets or sets the reason of the last failed start (the kubelet's reason cache), shown as Waiting.</summary>
    public string? WaitingReason
    {
        get => _waitingReason;
        set
        {
            if (!EqualityComparer<string?>.Default.Equals(_waitingReason, value))
            {
                _waitingReason = value;
                Version++;
            }
        }
    }

    public string? WaitingMessage
    {
        get => _waitingMessage;
        set
        {
            if (!EqualityComparer<string?>.Default.Equals(_waitingMessage, value))
            {
                _waitingMessage = value;
                Version++;
            }
        }
    }

    public ProcessBehavior Behavior { get; set; } = ProcessBehavior.Default;

    /// <summary>Gets or sets the process's own exit, cancelled when it is stopped first.</summary>
    public PendingWork? ExitWork { get; set; }

    /// <summary>Gets or sets the kernel's OOM kill when the scripted memory reaches the limit.</summary>
    public PendingWork? OomWork { get; set; }

    /// <summary>Gets or sets the pending SIGTERM reaction or SIGKILL of a stop in progress.</summary>
    public PendingWork? StopWork { get; set; }

    /// <summary>Gets or sets the pending SIGKILL deadline of a stop in progress.</summary>
    public PendingWork? KillWork { get; set; }

    /// <summary>Gets or sets the timer that retries a start after a back-off.</summary>
    public PendingWork? RetryWork { get; set; }

    /// <summary>Gets or sets a value indicating whether a stop (kill) is in progress.</summary>
    public bool Stopping { get; set; }

    /// <summary>Gets or sets a value indicating whether the preStop hook of the current stop finished.</summary>
    public bool PreStopDone { get; set; }

    /// <summary>Gets or sets when SIGTERM was sent in the current stop.</summary>
    public TimeSpan? SigtermAt { get; set; }

    /// <summary>Gets or sets a value indicating whether the startup probe succeeded (or there is none).</summary>
    public bool StartupSucceeded
    {
        get => _startupSucceeded;
        set
        {
            if (!EqualityComparer<bool>.Default.Equals(_startupSucceeded, value))
            {
                _startupSucceeded = value;
                Version++;
            }
        }
    }

    /// <summary>Gets or sets a value indicating whether the readiness probe passes (or there is none).</summary>
    public bool ReadinessSucceeded
    {
        get => _readinessSucceeded;
        set
        {
            if (!EqualityComparer<bool>.Default.Equals(_readinessSucceeded, value))
            {
                _readinessSucceeded = value;
                Version++;
            }
        }
    }

    /// <summary>Gets a value indicating whether a process is alive (created and not yet exited).</summary>
    public bool IsAlive => State is InstanceState.Starting or InstanceState.Running;
}
