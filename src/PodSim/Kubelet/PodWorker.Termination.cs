using PodSim.Engine;
using PodSim.Model;

namespace PodSim.Kubelet;

/// <summary>Killing containers and terminating the pod: preStop, SIGTERM, SIGKILL, sidecar ordering, final status.</summary>
internal sealed partial class PodWorker
{
    private static readonly TimeSpan MinimumContainerGrace = TimeSpan.FromSeconds(2);

    /// <summary>A graceful delete (the API's DELETE): deletionTimestamp = now + grace, then termination.</summary>
    public void Delete(long? gracePeriodSeconds)
    {
        if (_removed || _pod.Metadata!.DeletionTimestamp is not null)
        {
            return;
        }

        var grace = gracePeriodSeconds ?? Spec.TerminationGracePeriodSeconds ?? 30;
        var deletionTimestamp = Stamp(_sim.Elapsed) + TimeSpan.FromSeconds(grace);
        _pod = Store(_pod with { Metadata = _pod.Metadata with { DeletionTimestamp = deletionTimestamp, DeletionGracePeriodSeconds = grace } });
        _sim.RecordTransition(ObjectName, "metadata.deletionTimestamp", null, Timestamp(deletionTimestamp));
        _deleting = true;
        if (_finalized || !_bound)
        {
            // Nothing runs (never bound, or already terminal): the object goes at once.
            Remove();
            return;
        }

        if (_terminating)
        {
            return;
        }

        // The kubelet's effective grace has a 1 s floor; each container gets at least 2 s.
        StartTermination(Math.Max(grace, 1), deleting: true);
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
            _sidecarForceWork = _sim.Schedule(_terminationStart + TimeSpan.FromSeconds(grace), WorkPriority.Timer, () =>
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
    private void BeginKill(ContainerRuntime c, long grace, string message, bool ordered)
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
            var bound = TimeSpan.FromSeconds(grace);
            var wait = hook < bound ? hook : bound;
            var fails = c.Behavior.PreStopFails;
            c.StopWork = _sim.ScheduleAfter(wait, WorkPriority.Timer, () =>
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

    private void PreStopFinished(ContainerRuntime c)
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
    private bool SidecarMaySignal(ContainerRuntime sidecar)
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
    private void Sigterm(ContainerRuntime c)
    {
        if (!c.IsAlive || c.SigtermAt is not null)
        {
            return;
        }

        c.SigtermAt = _sim.Elapsed;
        var spent = (long)Math.Floor((_sim.Elapsed - c.KillStart).TotalSeconds);
        var remaining = TimeSpan.FromSeconds(c.KillGrace - spent);
        if (remaining < MinimumContainerGrace)
        {
            remaining = MinimumContainerGrace;
        }

        c.StopWork?.Cancel();
        if (c.Behavior.StopAfter is { } stopAfter && stopAfter < remaining)
        {
            var code = c.Behavior.SigtermExitCode;
            c.StopWork = _sim.ScheduleAfter(stopAfter, WorkPriority.ContainerExit, () => OnExit(c, code, code == 0 ? "Completed" : "Error"));
            return;
        }

        c.KillWork = _sim.ScheduleAfter(remaining, WorkPriority.ContainerExit, () => OnExit(c, 137, "Error"));
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

    private void Remove()
    {
        if (_removed)
        {
            return;
        }

        _removed = true;
        _sim.Cluster.Remove(_key);
        _sim.RecordTransition(ObjectName, "metadata", "present", "deleted");
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

    private IEnumerable<ContainerRuntime> AllContainers()
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
