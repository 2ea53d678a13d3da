using System.Globalization;
using PodSim.ApiServer;
using PodSim.Engine;
using PodSim.Model;

namespace PodSim.Kubelet;

/// <summary>Binding and status: generateAPIPodStatus, lastTransitionTime bookkeeping and the transition log.</summary>
internal sealed partial class PodWorker
{
    private static readonly PodCondition SandboxReady = new() { Type = PodConditionTypes.PodReadyToStartContainers, Status = ConditionStatuses.True };
    private static readonly PodCondition SandboxNotReady = new() { Type = PodConditionTypes.PodReadyToStartContainers, Status = ConditionStatuses.False };
    private static readonly PodCondition Scheduled = new() { Type = PodConditionTypes.PodScheduled, Status = ConditionStatuses.True };

    private bool _bound;
    private int _statusFlags = -1;

    /// <summary>Gets a value indicating whether the pod was bound to its node and the kubelet took it.</summary>
    public bool IsBound => _bound;

    /// <summary>Gets the reference events about the pod carry.</summary>
    public ObjectReference Reference => _podRef;

    /// <summary>
    /// The pod is bound to this worker's node (by the scheduler, or it named its node): the kubelet admits it.
    /// </summary>
    /// <param name="pod">The pod as delivered; the stored one is read, as it may be newer.</param>
    public void Bound(Pod pod)
    {
        // A pod deleted before its kubelet admitted it (a finalizer may still hold the object) starts nothing.
        if (_removed || _bound || _deleting)
        {
            return;
        }

        _pod = _sim.Api.Store.Get(ObjectStore.KeyOf(pod)) as Pod ?? pod;
        _bound = true;
        _sim.RecordTransition(ObjectName, "spec.nodeName", null, _node.Name);
        Admit();
    }

    /// <summary>
    /// Whether the container keeps its last shown status: during a start, and from the kill of a spec change to the
    /// start with the new image (upstream does both in one sync, writing no status between), unless a failure on the
    /// way (an image pull) gives it a waiting reason to show.
    /// </summary>
    private static bool ShowsFrozen(KubeletContainer c) =>
        c.StatusFrozen && (c.State == InstanceState.Starting || c.WaitingReason is null);

    /// <summary>Recomputes the pod status from the runtime state and writes it if anything changed.</summary>
    private void UpdateStatus()
    {
        if (_removed || !_bound)
        {
            return;
        }

        // The status is a function of the containers' runtime state and a few pod flags: when none changed since the
        // last write, there is nothing to do (most syncs end here).
        var flags = (_sandboxReady ? 1 : 0) | (_finalized ? 2 : 0) | (_terminating ? 4 : 0) | (_deadlineExceeded ? 8 : 0) | (_initializedOnce ? 16 : 0);
        if (flags == _statusFlags && IsCurrent(_init, flags) && IsCurrent(_regular, flags))
        {
            return;
        }

        var initStatuses = new ContainerStatus[_init.Length];
        for (var i = 0; i < _init.Length; i++)
        {
            initStatuses[i] = CachedStatus(_init[i], flags);
        }

        var statuses = new ContainerStatus[_regular.Length];
        for (var i = 0; i < _regular.Length; i++)
        {
            statuses[i] = CachedStatus(_regular[i], flags);
        }

        _statusFlags = flags;
        var old = _pod.Status ?? new PodStatus();

        var phase = PodPhaseRules.GetPhase(Spec, initStatuses, statuses, podIsTerminal: _finalized, podHasInitialized: _initializedOnce);
        phase = PodPhaseRules.KeepTerminal(old.Phase, phase);
        if (_deadlineExceeded || (_finalized && phase is PodPhases.Pending or PodPhases.Running))
        {
            phase = PodPhases.Failed;
        }

        var now = Stamp(_sim.Elapsed);
        var sandbox = _sandboxReady ? SandboxReady : SandboxNotReady;
        var initialized = PodConditionRules.Initialized(Spec, initStatuses, statuses, phase);
        var containersReady = PodConditionRules.ContainersReady(Spec, initStatuses, statuses, phase);
        var ready = PodConditionRules.Ready(Spec, containersReady, old.Conditions);
        var scheduled = Scheduled;
        PodCondition[] conditions =
        [
            Carry(sandbox, old.Conditions, now),
            Carry(initialized, old.Conditions, now),
            Carry(ready, old.Conditions, now),
            Carry(containersReady, old.Conditions, now),
            Carry(scheduled, old.Conditions, now),
        ];

        var status = old with
        {
            Phase = phase,
            Conditions = conditions,
            InitContainerStatuses = initStatuses,
            ContainerStatuses = statuses,
        };

        RecordTransitions(old, status);
        _pod = Store(_pod with { Status = status });
    }

    /// <summary>
    /// lastTransitionTime moves only when the condition's status flips. An unchanged condition keeps its previous
    /// object, which also spares an allocation on every status write.
    /// </summary>
    private static PodCondition Carry(PodCondition condition, IReadOnlyList<PodCondition> old, DateTimeOffset now)
    {
        for (var i = 0; i < old.Count; i++)
        {
            var previous = old[i];
            if (previous.Type != condition.Type)
            {
                continue;
            }

            if (previous.Status == condition.Status)
            {
                return previous.Reason == condition.Reason && previous.Message == condition.Message
                    ? previous
                    : condition with { LastTransitionTime = previous.LastTransitionTime };
            }

            return condition with { LastTransitionTime = now };
        }

        return condition with { LastTransitionTime = now };
    }

    /// <summary>Whether every container's cached status still shows its runtime state (a frozen one counts as shown).</summary>
    private static bool IsCurrent(KubeletContainer[] containers, int flags)
    {
        foreach (var c in containers)
        {
            if (c.CachedStatus is null || (!ShowsFrozen(c) && c.CachedKey != StatusKey(c, flags)))
            {
                return false;
            }
        }

        return true;
    }

    private static long StatusKey(KubeletContainer c, int flags) => ((long)c.Version << 8) | (uint)flags;

    private ContainerStatus CachedStatus(KubeletContainer c, int flags)
    {
        if (ShowsFrozen(c) && c.CachedStatus is not null)
        {
            return c.CachedStatus;
        }

        var key = StatusKey(c, flags);
        if (c.CachedKey != key || c.CachedStatus is null)
        {
            c.CachedStatus = BuildContainerStatus(c);
            c.CachedKey = key;
        }

        return c.CachedStatus;
    }

    /// <summary>convertToAPIContainerStatuses for one container.</summary>
    private ContainerStatus BuildContainerStatus(KubeletContainer c)
    {
        var defaultReason = _init.Length > 0 ? "PodInitializing" : "ContainerCreating";
        ContainerState state;
        var lastState = c.LastTerminated;
        var running = c.State == InstanceState.Running;
        switch (c.State)
        {
            case InstanceState.None:
                state = new ContainerState { Waiting = new ContainerStateWaiting { Reason = c.WaitingReason ?? defaultReason, Message = c.WaitingMessage } };
                break;
            case InstanceState.Starting:
                state = new ContainerState { Waiting = new ContainerStateWaiting { Reason = defaultReason } };
                break;
            case InstanceState.Running:
                state = new ContainerState { Running = new ContainerStateRunning { StartedAt = Stamp(c.StartedAt ?? _sim.Elapsed) } };
                break;
            default:
                if (c.WaitingReason is not null && !_terminating && !_finalized && PodPhaseRules.ShouldRestart(c.Spec, PodRestartPolicy, c.ExitCode))
                {
                    state = new ContainerState { Waiting = new ContainerStateWaiting { Reason = c.WaitingReason, Message = c.WaitingMessage } };
                    lastState = TerminatedState(c);
                }
                else
                {
                    state = new ContainerState { Terminated = TerminatedState(c) };
                }

                break;
        }

        var started = running && c.StartupSucceeded;
        bool ready;
        if (c.IsRegularInit)
        {
            ready = c.State == InstanceState.Exited && c.ExitCode == 0;
        }
        else
        {
            ready = started && c.ReadinessSucceeded;
        }

        return new ContainerStatus
        {
            Name = c.Name,
            State = state,
            LastState = lastState is null ? new ContainerState() : new ContainerState { Terminated = lastState },
            Ready = ready,
            RestartCount = c.RestartCount,
            Image = c.FullImage ?? c.Spec.Image,
            ImageID = c.State == InstanceState.None ? string.Empty : c.ImageId,
            ContainerID = c.State == InstanceState.None ? null : c.ContainerId,
            Started = started,
        };
    }

    private void RecordTransitions(PodStatus old, PodStatus now)
    {
        var obj = ObjectName;
        if (old.Phase != now.Phase)
        {
            _sim.RecordTransition(obj, "status.phase", old.Phase, now.Phase);
        }

        for (var c = 0; c < now.Conditions.Count; c++)
        {
            var condition = now.Conditions[c];
            string? before = null;
            for (var p = 0; p < old.Conditions.Count; p++)
            {
                if (old.Conditions[p].Type == condition.Type)
                {
                    before = old.Conditions[p].Status;
                }
            }

            if (before != condition.Status)
            {
                _sim.RecordTransition(obj, ConditionField(condition.Type), before, condition.Status);
            }
        }

        Diff(obj, _init, old.InitContainerStatuses, now.InitContainerStatuses);
        Diff(obj, _regular, old.ContainerStatuses, now.ContainerStatuses);
    }

    private void Diff(string obj, KubeletContainer[] containers, IReadOnlyList<ContainerStatus> old, IReadOnlyList<ContainerStatus> now)
    {
        for (var i = 0; i < now.Count; i++)
        {
            var c = containers[i];
            var after = now[i];
            var before = i < old.Count ? old[i] : null;

            // The previous state's text is kept per container, so each update formats only the new state.
            var afterState = StateText(after.State);
            var beforeState = c.ReportedState;
            if (!string.Equals(beforeState, afterState, StringComparison.Ordinal))
            {
                c.ReportedState = afterState;
                _sim.RecordTransition(obj, c.StatusField + ".state", beforeState, afterState);
            }

            if (before is null)
            {
                continue;
            }

            if (before.RestartCount != after.RestartCount)
            {
                _sim.RecordTransition(obj, c.StatusField + ".restartCount", Text(before.RestartCount), Text(after.RestartCount));
            }

            if (before.Started != after.Started)
            {
                _sim.RecordTransition(obj, c.StatusField + ".started", Text(before.Started), Text(after.Started));
            }

            if (before.Ready != after.Ready)
            {
                _sim.RecordTransition(obj, c.StatusField + ".ready", Text(before.Ready), Text(after.Ready));
            }
        }
    }

    private static string ConditionField(string? type) => type switch
    {
        PodConditionTypes.Ready => "status.conditions[Ready]",
        PodConditionTypes.ContainersReady => "status.conditions[ContainersReady]",
        PodConditionTypes.Initialized => "status.conditions[Initialized]",
        PodConditionTypes.PodReadyToStartContainers => "status.conditions[PodReadyToStartContainers]",
        PodConditionTypes.PodScheduled => "status.conditions[PodScheduled]",
        _ => "status.conditions[" + type + "]",
    };

    /// <summary>A short, stable text of a container state for the transition log: <c>Waiting(CrashLoopBackOff)</c>.</summary>
    internal static string StateText(ContainerState? state)
    {
        if (state?.Running is not null)
        {
            return "Running";
        }

        if (state?.Terminated is { } t)
        {
            return "Terminated(" + t.Reason + ", exitCode=" + Text(t.ExitCode) + ")";
        }

        return "Waiting(" + state?.Waiting?.Reason + ")";
    }

    private static string? Text(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Text(bool? value) => value switch
    {
        true => "true",
        false => "false",
        null => null,
    };

    private static string Timestamp(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Probes begin when a container runs: without a startup probe it is started, without readiness ready.</summary>
    private void OnContainerRunning(KubeletContainer c)
    {
        c.StartupSucceeded = c.Spec.StartupProbe is null;
        c.ReadinessSucceeded = c.Spec.ReadinessProbe is null;
        StartProbes(c);
    }
}
