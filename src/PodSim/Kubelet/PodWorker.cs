using System.Globalization;
using PodSim.Engine;
using PodSim.ApiServer;
using PodSim.Model;

namespace PodSim.Kubelet;

/// <summary>
/// Drives one pod through its life, as the kubelet's pod worker does: binding, sandbox, image pulls, init containers,
/// sidecars, regular containers, restarts with back-off, hooks and termination. A sync is sequential: while an
/// action takes virtual time (a pull, a start latency, a postStart hook) the worker is busy and further sync
/// requests wait for it. Status is recomputed with zero latency after every change (docs/timing-model.md).
/// </summary>
internal sealed partial class PodWorker
{
    private readonly IKubeletHost _sim;
    private readonly NodeKubelet _node;
    private readonly KubeletContainer[] _init;
    private readonly KubeletContainer[] _regular;
    private readonly ObjectReference _podRef;
    private readonly string _fullName;
    private readonly string _podIp;
    private Pod _pod;

    private bool _sandboxReady;
    private bool _initializedOnce;
    private bool _terminating;
    private bool _deleting;
    private bool _finalized;
    private bool _removed;
    private bool _deadlineExceeded;
    private bool _waitingForVolumes;
    private string? _objectName;
    private readonly List<KubeletContainer> _startScratch = [];
    private readonly List<KubeletContainer> _regularScratch = [];
    private TimeSpan _terminationStart;
    private long _terminationGrace;
    private PendingWork? _deadlineWork;
    private PendingWork? _sidecarForceWork;

    private bool _busy;
    private bool _syncScheduled;
    private bool _syncAgain;
    private List<KubeletContainer> _pendingStarts = [];
    private int _nextStart;

    public PodWorker(IKubeletHost sim, NodeKubelet node, Pod pod, string podIp)
    {
        _sim = sim;
        _node = node;
        _pod = pod;
        _podIp = podIp;
        var spec = pod.Spec!;
        _init = new KubeletContainer[spec.InitContainers.Count];
        for (var i = 0; i < _init.Length; i++)
        {
            _init[i] = new KubeletContainer(spec.InitContainers[i], isInit: true, i);
        }

        _regular = new KubeletContainer[spec.Containers.Count];
        for (var i = 0; i < _regular.Length; i++)
        {
            _regular[i] = new KubeletContainer(spec.Containers[i], isInit: false, i);
        }

        var meta = pod.Metadata!;
        _podRef = new ObjectReference { Kind = "Pod", Namespace = meta.Namespace, Name = meta.Name, Uid = meta.Uid, ApiVersion = "v1" };
        _fullName = meta.Name + "_" + meta.Namespace + "(" + meta.Uid + ")";
    }

    /// <summary>Gets the pod as last written.</summary>
    public Pod Pod => _pod;

    /// <summary>Gets a value indicating whether the pod object was removed from the API.</summary>
    public bool Removed => _removed;

    private PodSpec Spec => _pod.Spec!;

    private string PodRestartPolicy => Spec.RestartPolicy ?? RestartPolicies.Always;

    private KubeletProfile Profile => _node.Profile;

    /// <summary>The kubelet sees the bound pod: admission, startTime, host IP, then the sandbox after its latency.</summary>
    public void Admit()
    {
        var status = _pod.Status ?? new PodStatus();
        _pod = Store(_pod with
        {
            Status = status with
            {
                HostIP = _node.Address,
                HostIPs = [new HostIP { IP = _node.Address }],
                StartTime = Stamp(_sim.Elapsed),
            },
        });
        UpdateStatus();
        if (Spec.ActiveDeadlineSeconds is { } deadline)
        {
            // Measured from status.startTime, which is written in whole seconds.
            var startTime = TimeSpan.FromSeconds(Math.Floor(_sim.Elapsed.TotalSeconds));
            _deadlineWork = _sim.Enqueue(startTime + Seconds(deadline), WorkTier.Timer, OnDeadline);
        }

        MountVolumesThenSandbox();
    }

    /// <summary>
    /// WaitForAttachAndMount: the sandbox is created only once every volume can be set up; a missing ConfigMap or
    /// Secret gives Warning FailedMount and the pod waits in ContainerCreating until the object appears.
    /// </summary>
    private void MountVolumesThenSandbox()
    {
        if (Spec.Volumes.Count > 0)
        {
            var volumes = Configuration.VolumeFiles.ProjectPodVolumes(_pod, _sim.ConfigurationSourcesFor(_pod));
            foreach (var volume in volumes)
            {
                if (volume.Error is { } error)
                {
                    _waitingForVolumes = true;
                    PodEvent(EventTypes.Warning, error.Reason, error.Message);
                    return;
                }
            }
        }

        _waitingForVolumes = false;
        var sandbox = NodeKubelet.Duration(_node.Scenario.Latency?.Sandbox, 0);
        _sim.EnqueueAfter(sandbox, WorkTier.Timer, OnSandboxReady);
    }

    /// <summary>A ConfigMap or Secret appeared in the pod's namespace: retry what waited on configuration.</summary>
    public void ConfigurationChanged()
    {
        if (_removed || _finalized || _terminating || !_bound)
        {
            return;
        }

        if (_waitingForVolumes)
        {
            MountVolumesThenSandbox();
            return;
        }

        foreach (var c in AllContainers())
        {
            if (c.WaitingReason == Configuration.ConfigurationReasons.CreateContainerConfigError)
            {
                RequestSync();
                return;
            }
        }
    }

    private void OnSandboxReady()
    {
        if (_finalized || _terminating)
        {
            return;
        }

        _sandboxReady = true;
        var ip = Spec.HostNetwork == true ? _node.Address : _podIp;
        _pod = Store(_pod with { Status = _pod.Status! with { PodIP = ip, PodIPs = [new PodIP { IP = ip }] } });
        _sim.RecordTransition(ObjectName, "status.podIP", null, ip);
        UpdateStatus();
        RequestSync();
    }

    /// <summary>Asks for a sync at the current instant, after the instant's other work.</summary>
    private void RequestSync()
    {
        if (_removed || _finalized || _syncScheduled)
        {
            return;
        }

        _syncScheduled = true;
        _sim.Enqueue(_sim.Elapsed, WorkTier.KubeletSync, RunSync);
    }

    private void RunSync()
    {
        _syncScheduled = false;
        if (_busy)
        {
            _syncAgain = true;
            return;
        }

        SyncPod();
    }

    private void SyncPod()
    {
        if (_finalized || _terminating || !_sandboxReady)
        {
            return;
        }

        var starts = _startScratch;
        starts.Clear();
        switch (ComputeActions(starts))
        {
            case PodAction.KillPod:
                StartTermination(PodGrace, deleting: false);
                return;
            case PodAction.Complete:
                FinishPod();
                return;
        }

        // Starts may continue asynchronously, so they get their own list; a sync with nothing to start allocates nothing.
        _pendingStarts = starts.Count == 0 ? [] : new List<KubeletContainer>(starts);
        _nextStart = 0;
        ContinueStarts();
    }

    /// <summary>Starts the sync's containers one after another; an asynchronous start resumes here when done.</summary>
    private void ContinueStarts()
    {
        while (_nextStart < _pendingStarts.Count && !_terminating && !_finalized)
        {
            var container = _pendingStarts[_nextStart++];
            if (StartContainer(container))
            {
                _busy = true;
                return;
            }
        }

        _busy = false;
        _pendingStarts = [];
        UpdateStatus();
        if (_syncAgain)
        {
            _syncAgain = false;
            RequestSync();
        }
    }

    /// <summary>
    /// computePodActions: which containers to start now, or whether the pod is to be killed (an init container
    /// failed under a Never policy; no regular container runs or will run while sidecars do) or is complete.
    /// </summary>
    private PodAction ComputeActions(List<KubeletContainer> starts)
    {
        if (!_initializedOnce)
        {
            foreach (var c in _init)
            {
                if (c.IsSidecar)
                {
                    switch (c.State)
                    {
                        case InstanceState.None:
                        case InstanceState.Exited:
                            starts.Add(c);
                            return PodAction.Start;
                        case InstanceState.Starting:
                            return PodAction.Wait;
                        default:
                            if (!c.StartupSucceeded)
                            {
                                return PodAction.Wait;
                            }

                            continue;
                    }
                }

                switch (c.State)
                {
                    case InstanceState.None:
                        starts.Add(c);
                        return PodAction.Start;
                    case InstanceState.Starting:
                    case InstanceState.Running:
                        return PodAction.Wait;
                    default:
                        if (c.ExitCode == 0)
                        {
                            continue;
                        }

                        if (PodPhaseRules.ShouldRestart(c.Spec, PodRestartPolicy, c.ExitCode))
                        {
                            starts.Add(c);
                            return PodAction.Start;
                        }

                        return AnyAlive() ? PodAction.KillPod : PodAction.Complete;
                }
            }
        }

        var keep = 0;
        var regularStarts = _regularScratch;
        regularStarts.Clear();
        foreach (var c in _regular)
        {
            if (c.State == InstanceState.None)
            {
                regularStarts.Add(c);
                keep++;
            }
            else if (c.IsAlive)
            {
                keep++;
            }
            else if (c.RestartForSpec || PodPhaseRules.ShouldRestart(c.Spec, PodRestartPolicy, c.ExitCode))
            {
                regularStarts.Add(c);
                keep++;
            }
        }

        if (keep == 0)
        {
            return AnyAlive() ? PodAction.KillPod : PodAction.Complete;
        }

        // Sidecars that exited are restarted before the regular containers, as the init-container actions come first.
        foreach (var c in _init)
        {
            if (c.IsSidecar && c.State is InstanceState.Exited or InstanceState.None)
            {
                starts.Add(c);
            }
        }

        starts.AddRange(regularStarts);
        return starts.Count > 0 ? PodAction.Start : PodAction.Wait;
    }

    private bool AnyAlive()
    {
        foreach (var c in _init)
        {
            if (c.IsAlive)
            {
                return true;
            }
        }

        foreach (var c in _regular)
        {
            if (c.IsAlive)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A process exits: on its own, after a signal, or killed by the kernel.</summary>
    private void OnExit(KubeletContainer c, int exitCode, string reason)
    {
        if (!c.IsAlive)
        {
            return;
        }

        c.ExitWork?.Cancel();
        c.StopWork?.Cancel();
        c.KillWork?.Cancel();
        c.OomWork?.Cancel();
        c.ExitWork = c.StopWork = c.KillWork = c.OomWork = null;
        StopProbes(c, keepReadiness: false);
        c.State = InstanceState.Exited;
        c.FinishedAt = _sim.Elapsed;
        c.StartedAt ??= _sim.Elapsed;
        c.ExitCode = exitCode;
        c.TerminatedReason = reason;
        c.TerminatedMessage = TerminationMessage(c);
        c.Stopping = false;
        c.SigtermAt = null;
        c.StartupSucceeded = false;
        c.ReadinessSucceeded = false;
        c.WaitingReason = null;
        c.WaitingMessage = null;
        var onStopped = c.OnStopped;
        c.OnStopped = null;
        c.StatusFrozen = c.RestartForSpec && !_terminating;
        UpdateStatus();
        if (_terminating)
        {
            // A start that was killing its container (postStart failure) ends here too; termination goes on.
            if (onStopped is not null)
            {
                ContinueStarts();
            }

            AfterExitWhileTerminating();
            return;
        }

        if (onStopped is not null)
        {
            onStopped();
            return;
        }

        RequestSync();
    }

    private static string? TerminationMessage(KubeletContainer c)
    {
        var message = c.Behavior.TerminationMessage;
        if (string.IsNullOrEmpty(message))
        {
            return null;
        }

        // The kubelet reads at most the last 4096 bytes of the file (bytes of UTF-8, not characters).
        const int max = 4096;
        if (System.Text.Encoding.UTF8.GetByteCount(message) <= max)
        {
            return message;
        }

        var bytes = System.Text.Encoding.UTF8.GetBytes(message);
        return System.Text.Encoding.UTF8.GetString(bytes, bytes.Length - max, max);
    }

    /// <summary>The kernel kills a container (scenario <c>kill</c>): exit 137 with the reason, no hook, no grace.</summary>
    /// <returns>Null when the container was killed, else why nothing happened.</returns>
    public string? KernelKill(string container, string reason)
    {
        var c = Find(container);
        if (c is null)
        {
            return "container \"" + container + "\" not found in pod";
        }

        // A process exists from the runtime's start (startedAt) until it exits.
        if (!c.IsAlive || c.StartedAt is null)
        {
            return "container \"" + container + "\" is not running";
        }

        OnExit(c, 137, reason);
        return null;
    }

    /// <summary>
    /// The pod's spec changed (an update of a container image): a running container whose image changed is killed
    /// ("Container app definition changed, will be restarted") and started again with the new image whatever the
    /// restart policy, with a fresh back-off (<c>pkg/kubelet/kuberuntime/kuberuntime_manager.go</c> computePodActions,
    /// containerChanged); one that is not running takes the new image at its next start, if its restart policy
    /// restarts it at all (one waiting in back-off starts now). A regular init container that has finished does not
    /// run again.
    /// </summary>
    /// <param name="pod">The pod as updated.</param>
    public void SpecChanged(Pod pod)
    {
        // The change arrives after the work that made it; the stored pod is newer than the delivered one when the
        // kubelet wrote status meanwhile.
        _pod = _sim.Api.Store.Get(ObjectStore.KeyOf(pod)) as Pod ?? pod;
        if (_terminating || _finalized)
        {
            return;
        }

        var any = false;
        foreach (var c in AllContainers())
        {
            var spec = FindSpec(_pod.Spec!, c);
            if (spec is null || spec.Image == c.Spec.Image)
            {
                continue;
            }

            c.Spec = spec;
            c.SpecGeneration++;
            c.BackOffKey = null;
            if (c.IsRegularInit)
            {
                continue;
            }

            if (c.IsAlive && !c.Stopping)
            {
                c.RestartForSpec = true;
                var message = c.IsSidecar ? "Init container " + c.Name + " definition changed" : "Container " + c.Name + " definition changed, will be restarted";
                BeginKill(c, ContainerGrace(), message, ordered: false);
            }
            else if (c.State == InstanceState.Exited && c.RetryWork is not null)
            {
                // Waiting in back-off to restart: the fresh back-off of the new spec lets it start now; whether an
                // exited container restarts at all stays the restart policy's decision.
                c.RetryWork.Value.Cancel();
                c.RetryWork = null;
                any = true;
            }
        }

        if (any)
        {
            RequestSync();
        }
    }

    private static Container? FindSpec(PodSpec spec, KubeletContainer c)
    {
        foreach (var container in c.IsInit ? spec.InitContainers : spec.Containers)
        {
            if (container.Name == c.Name)
            {
                return container;
            }
        }

        return null;
    }

    private KubeletContainer? Find(string name)
    {
        foreach (var c in _init)
        {
            if (c.Name == name)
            {
                return c;
            }
        }

        foreach (var c in _regular)
        {
            if (c.Name == name)
            {
                return c;
            }
        }

        return null;
    }

    private void OnDeadline()
    {
        if (_finalized || _terminating)
        {
            return;
        }

        _deadlineExceeded = true;
        PodEvent(EventTypes.Normal, "DeadlineExceeded", Profile.DeadlineExceeded);
        _pod = Store(_pod with { Status = _pod.Status! with { Reason = "DeadlineExceeded", Message = Profile.DeadlineExceeded } });
        UpdateStatus();
        StartTermination(PodGrace, deleting: false);
    }

    private string ObjectName => _objectName ??= "Pod/" + _pod.Metadata.Namespace + "/" + _pod.Metadata.Name;

    private void PodEvent(string type, string reason, string message) =>
        _sim.RecordEvent(_podRef, type, reason, message, "kubelet", _node.Name);

    private void ContainerEvent(KubeletContainer c, string type, string reason, string message) =>
        _sim.RecordEvent(c.EventReference ??= _podRef with { FieldPath = c.FieldPath }, type, reason, message, "kubelet", _node.Name);

    /// <summary>The status manager's write: status only, whatever else others wrote to the pod stays.</summary>
    private Pod Store(Pod pod) => _sim.Api.WriteKubeletStatus(pod);

    /// <summary>Timestamps in objects are truncated to whole seconds, as the API serialises them.</summary>
    private DateTimeOffset Stamp(TimeSpan offset) =>
        _sim.StartTime + TimeSpan.FromSeconds(Math.Floor(offset.TotalSeconds));

    /// <summary>A whole number of seconds from the API as a span, clamped to a century so huge values cannot overflow.</summary>
    private static TimeSpan Seconds(long value) => TimeSpan.FromSeconds(Math.Clamp(value, 0, MaxSeconds));

    private const long MaxSeconds = 100L * 366 * 24 * 3600;

    private enum PodAction
    {
        Wait,
        Start,
        KillPod,
        Complete,
    }
}
