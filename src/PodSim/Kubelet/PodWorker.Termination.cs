using PodSim.ApiServer;
using PodSim.Engine;
using PodSim.Model;

namespace PodSim.Kubelet;

/// <summary>Killing containers and terminating the pod: preStop, SIGTERM, SIGKILL, sidecar ordering, final status.</summary>
internal sealed partial class PodWorker
{
    private static readonly TimeSpan MinimumContainerGrace = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The pod's deletion reached the kubelet as an update carrying <c>deletionTimestamp</c> (a user's delete, the
    /// garbage collector, a later shorter grace): the containers are stopped with the deletion's grace, which can
    /// only shrink; the kubelet's 1 s floor applies and each container gets at least 2 s
    /// (<c>pkg/kubelet/pod_workers.go</c> calculateEffectiveGracePeriod). A pod that runs nothing is removed now.
    /// </summary>
    /// <param name="pod">The pod as updated.</param>
    /// <param name="previous">The deletion timestamp it had before, if any.</param>
    public void DeletionObserved(Pod pod, DateTimeOffset? previous)
    {
        if (_removed)
        {
            return;
        }

        var stored = _sim.Api.Store.Get(ObjectStore.KeyOf(pod)) as Pod;
        _pod = stored ?? pod;
        var meta = pod.Metadata!;
        _sim.RecordTransition(ObjectName, "metadata.deletionTimestamp", previous is { } before ? Timestamp(before) : null, Timestamp(meta.DeletionTimestamp!.Value));
        _deleting = true;
        var grace = meta.DeletionGracePeriodSeconds ?? 0;
        if (stored is null)
        {
            // Deleted without grace (a force delete, or a pod that had finished): the object is gone already, and
            // the kubelet only stops what still runs.
            Released();
        }

        if (_finalized || !_bound)
        {
            // Nothing runs: the API server removed it already with grace 0, or the kubelet finishes it now.
            if (grace > 0)
            {
                Remove();
            }

            return;
        }

        var effective = Math.Max(grace, 1);
        if (!_terminating)
        {
            StartTermination(effective, deleting: true);
        }

        // A grace can only shrink: containers already being stopped (by a deadline, a completed Job pod, a probe, a
        // postStart failure or an earlier delete) get the shorter deadline.
        ShortenGrace(effective);
    }

    /// <summary>
    /// The pod object is gone from the API server (the kubelet's own final delete, a force delete, or the garbage
    /// collector): nothing more is written for it; containers being stopped still stop.
    /// </summary>
    public void Released()
    {
        if (_removed)
        {
            return;
        }

        _removed = true;
        _sim.RecordTransition(ObjectName, "metadata", "present", "deleted");
    }

    /// <summary>Brings every container's stop deadline forward to now + grace (2 s floor) when that is sooner.</summary>
    private void ShortenGrace(long grace)
    {
        var deadline = _sim.Elapsed + Max(Seconds(grace), MinimumContainerGrace);
        foreach (var c in AllContainers())
        {
            if (!c.IsAlive || !c.Stopping)
            {
                continue;
            }

            if (c.SigtermAt is null)
            {
                // Still in preStop, or a sidecar waiting its turn: the signal goes now, with the new grace.
                if (c.KillStart + Seconds(c.KillGrace) > deadline)
                {
                    c.StopWork?.Cancel();
                    c.PreStopDone = true;
                    c.KillStart = _sim.Elapsed;
                    c.KillGrace = grace;
                    Sigterm(c);
                }

                continue;
            }

            if (c.KillWork is not { } kill || !kill.IsPending || kill.Due > deadline)
            {
                c.KillWork?.Cancel();
                c.KillWork = _sim.Enqueue(deadline, WorkTier.ContainerExit, () => OnExit(c, 137, "Error"));
            }
        }
    }

    /// <summary>Kills every running container with the termination ordering, then finalises the pod.</summary>
    private void StartTermination(long grace, bool deleting)
    {
        _terminating = true;
        _deleting |= deleting;
        _terminationStart = _sim.Elapsed;
        _terminationGrace = grace;
        _deadlineWork?.Cancel();
        foreach (var c in AllContainers())
        {
            c.RetryWork?.Cancel();
            c.RetryWork = null;
            c.WaitingReason = c.State == InstanceState.Exited ? null : c.WaitingReason;
            c.WaitingMessage = c.State == InstanceState.Exited ? null : c.WaitingMessage;
        }

        StopProbes();
        var any = false;
        foreach (var c in AllContainers())
        {
            if (c.IsAlive && !c.Stopping)
            {
                any = true;
                BeginKill(c, grace, Profile.StoppingContainer(c.Name), ordered: c.IsSidecar);
            }
        }

        UpdateStatus();
        if (!any && !AnyAlive())
        {
            FinishPod();
            return;
        }

        if (HasSidecars())
        {
            // Sidecars waiting for the main containers are signalled when the grace runs out at the latest.
            _sidecarForceWork = _sim.Enqueue(_terminationStart + Seconds(grace), WorkTier.Timer, () =>
            {
                for (var i = _init.Length - 1; i >= 0; i--)
                {
                    if (_init[i].IsAlive && _init[i].Stopping && _init[i].SigtermAt is null && _init[i].PreStopDone)
                    {
                        Sigterm(_init[i]);
                    }
                }
            });
        }
    }

    /// <summary>killContainer: Killing event, preStop within the grace, then the stop signal.</summary>
    private void BeginKill(KubeletContainer c, long grace, string message, bool ordered)
    {
        c.Stopping = true;
        c.KillStart = _sim.Elapsed;
        c.KillGrace = grace;
        c.KillOrdered = ordered;
        c.PreStopDone = false;
        c.SigtermAt = null;
        ContainerEvent(c, EventTypes.Normal, "Killing", message);
        if (c.Spec.Lifecycle?.PreStop is not null && grace > 0)
        {
            var hook = c.Behavior.PreStopDuration;
            var bound = Seconds(grace);
            var wait = hook < bound ? hook : bound;
            var fails = c.Behavior.PreStopFails;
            c.StopWork = _sim.EnqueueAfter(wait, WorkTier.Timer, () =>
            {
                c.StopWork = null;
                if (fails && c.IsAlive)
                {
                    ContainerEvent(c, EventTypes.Warning, "FailedPreStopHook", Profile.PreStopHookFailed);
                }

                PreStopFinished(c);
            });
            return;
        }

        PreStopFinished(c);
    }

    private void PreStopFinished(KubeletContainer c)
    {
        c.PreStopDone = true;
        if (!c.IsAlive)
        {
            return;
        }

        if (c.KillOrdered && !SidecarMaySignal(c))
        {
            return;
        }

        Sigterm(c);
    }

    /// <summary>A sidecar gets its signal once every main container and every later sidecar has exited.</summary>
    private bool SidecarMaySignal(KubeletContainer sidecar)
    {
        foreach (var c in _regular)
        {
            if (c.IsAlive)
            {
                return false;
            }
        }

        foreach (var c in _init)
        {
            if (!c.IsSidecar && c.IsAlive)
            {
                return false;
            }

            if (c.IsSidecar && c.Index > sidecar.Index && c.IsAlive)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// StopContainer: SIGTERM now; the process reacts after its <c>stopAfter</c>, or SIGKILL comes when the remaining
    /// grace (whole seconds already spent subtracted, 2 s floor) runs out.
    /// </summary>
    private void Sigterm(KubeletContainer c)
    {
        if (!c.IsAlive || c.SigtermAt is not null)
        {
            return;
        }

        c.SigtermAt = _sim.Elapsed;
        var spent = (long)Math.Floor((_sim.Elapsed - c.KillStart).TotalSeconds);
        var remaining = Seconds(c.KillGrace - spent);
        if (remaining < MinimumContainerGrace)
        {
            remaining = MinimumContainerGrace;
        }

        c.StopWork?.Cancel();
        if (c.Behavior.StopAfter is { } stopAfter && stopAfter < remaining)
        {
            var code = c.Behavior.SigtermExitCode;
            c.StopWork = _sim.EnqueueAfter(stopAfter, WorkTier.ContainerExit, () => OnExit(c, code, code == 0 ? "Completed" : "Error"));
            return;
        }

        c.KillWork = _sim.EnqueueAfter(remaining, WorkTier.ContainerExit, () => OnExit(c, 137, "Error"));
    }

    private void AfterExitWhileTerminating()
    {
        for (var i = _init.Length - 1; i >= 0; i--)
        {
            var c = _init[i];
            if (c.IsSidecar && c.IsAlive && c.Stopping && c.PreStopDone && c.SigtermAt is null && SidecarMaySignal(c))
            {
                Sigterm(c);
            }
        }

        if (!AnyAlive())
        {
            FinishPod();
        }
    }

    /// <summary>The pod is done: the sandbox stops, the final phase is written, and a deleted pod leaves the API.</summary>
    private void FinishPod()
    {
        if (_finalized)
        {
            return;
        }

        _finalized = true;
        _sandboxReady = false;

        // TerminatePod: a container that never ran is reported terminated with ContainerStatusUnknown (137), so a pod
        // deleted while pulling or waiting on configuration ends Failed, not Pending. Regular containers only when
        // the pod had initialised; init containers except the trailing ones that never started.
        var lastStartedInit = -1;
        for (var i = 0; i < _init.Length; i++)
        {
            if (_init[i].State != InstanceState.None)
            {
                lastStartedInit = i;
            }
        }

        for (var i = 0; i < lastStartedInit; i++)
        {
            MarkStatusUnknown(_init[i]);
        }

        if (_init.Length == 0 || _initializedOnce)
        {
            foreach (var c in _regular)
            {
                MarkStatusUnknown(c);
            }
        }

        _sidecarForceWork?.Cancel();
        _deadlineWork?.Cancel();
        foreach (var c in AllContainers())
        {
            c.RetryWork?.Cancel();
            c.RetryWork = null;
        }

        StopProbes();
        UpdateStatus();
        if (_deleting)
        {
            Remove();
        }
    }

    private static void MarkStatusUnknown(KubeletContainer c)
    {
        if (c.State != InstanceState.None)
        {
            return;
        }

        c.State = InstanceState.Exited;
        c.ExitCode = 137;
        c.TerminatedReason = "ContainerStatusUnknown";
        c.TerminatedMessage = "The container could not be located when the pod was terminated";
        c.WaitingReason = null;
        c.WaitingMessage = null;
    }

    /// <summary>
    /// The kubelet's last step: once every container has stopped, it deletes the pod with grace 0 through the API
    /// server (<c>pkg/kubelet/status/status_manager.go</c> canBeDeleted). The removal is recorded now, unless
    /// finalizers keep the object.
    /// </summary>
    private void Remove()
    {
        if (_removed)
        {
            return;
        }

        _sim.Api.Delete("Pod", _pod.Metadata.Namespace, _pod.Metadata.Name!, new DeleteOptions(0));

        // Finalizers may keep the object; then it goes (and is released) when the last one is removed.
        if (_sim.Api.Store.Get(ObjectStore.KeyOf(_pod)) is null)
        {
            Released();
        }
    }

    private bool HasSidecars()
    {
        foreach (var c in _init)
        {
            if (c.IsSidecar)
            {
                return true;
            }
        }

        return false;
    }

    private IEnumerable<KubeletContainer> AllContainers()
    {
        foreach (var c in _init)
        {
            yield return c;
        }

        foreach (var c in _regular)
        {
            yield return c;
        }
    }
}
