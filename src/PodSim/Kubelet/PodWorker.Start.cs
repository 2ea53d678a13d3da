using PodSim.Configuration;
using PodSim.Defaulting;
using PodSim.Engine;
using PodSim.Model;

namespace PodSim.Kubelet;

/// <summary>Starting containers: crash-loop back-off, image pulls, create, start, postStart.</summary>
internal sealed partial class PodWorker
{
    /// <summary>Tries to start a container; returns true when the start goes on asynchronously (the worker is busy).</summary>
    private bool StartContainer(KubeletContainer c)
    {
        if (c.State == InstanceState.Exited && InCrashLoopBackOff(c))
        {
            return false;
        }

        c.RestartForSpec = false;

        return EnsureImage(c, () => CreateContainer(c));
    }

    /// <summary>doBackOff: a restart waits until the exit plus the current back-off; otherwise the curve advances.</summary>
    private bool InCrashLoopBackOff(KubeletContainer c)
    {
        var key = BackOffKey(c);
        var finishedAt = c.FinishedAt ?? _sim.Elapsed;
        var backOff = _node.CrashLoopBackOff;
        if (backOff.IsInBackOffSince(key, finishedAt, _sim.Elapsed))
        {
            var delay = backOff.Get(key)!.Value;
            c.WaitingReason = "CrashLoopBackOff";
            c.WaitingMessage = Profile.CrashLoopBackOff(delay, c.Name, _fullName);
            ContainerEvent(c, EventTypes.Warning, "BackOff", Profile.BackOffRestarting(c.Name, _fullName));
            ScheduleRetry(c, finishedAt + delay);
            return true;
        }

        backOff.Next(key, finishedAt, _sim.Elapsed);
        return false;
    }

    /// <summary>The back-off key: pod, container and (after a spec change) its generation, as upstream keys by spec hash.</summary>
    private string BackOffKey(KubeletContainer c) =>
        c.BackOffKey ??= _pod.Metadata.Name + "_" + _pod.Metadata.Namespace + "_" + _pod.Metadata.Uid + "_" + c.Name +
            (c.SpecGeneration == 0 ? string.Empty : "_" + c.SpecGeneration.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private void ScheduleRetry(KubeletContainer c, TimeSpan at)
    {
        c.RetryWork?.Cancel();
        c.RetryWork = _sim.Enqueue(at, WorkTier.Timer, () =>
        {
            c.RetryWork = null;
            RequestSync();
        });
    }

    /// <summary>
    /// EnsureImageExists: the pull policy against the node's images; a pull takes the scenario's duration, and a
    /// failed one enters the image back-off. Returns true when a pull is under way (continued by <paramref name="then"/>).
    /// </summary>
    private bool EnsureImage(KubeletContainer c, Func<bool> then)
    {
        var image = c.Spec.Image ?? string.Empty;
        if (!_node.TryNormalize(image, out var fullImage))
        {
            var message = "Failed to apply default image tag \"" + image + "\": couldn't parse image name \"" + image + "\": invalid reference format";
            ContainerEvent(c, EventTypes.Warning, "InspectFailed", message);
            c.WaitingReason = "InvalidImageName";
            c.WaitingMessage = message;
            ContainerEvent(c, EventTypes.Warning, "Failed", Profile.StartError("InvalidImageName"));
            return false;
        }

        var policy = c.Spec.ImagePullPolicy ?? PullPolicies.IfNotPresent;
        var present = _node.IsPresent(image);
        if (policy == PullPolicies.Never && !present)
        {
            var message = Profile.ImageNeverPull(image);
            ContainerEvent(c, EventTypes.Warning, "ErrImageNeverPull", message);
            c.WaitingReason = "ErrImageNeverPull";
            c.WaitingMessage = message;
            ContainerEvent(c, EventTypes.Warning, "Failed", Profile.StartError("ErrImageNeverPull"));
            return false;
        }

        if (present && policy != PullPolicies.Always)
        {
            ContainerEvent(c, EventTypes.Normal, "Pulled", Profile.ImageAlreadyPresent(image));
            c.FullImage = fullImage;
            return then();
        }

        var key = _pod.Metadata.Uid + "_" + image;
        var backOff = _node.ImagePullBackOff;
        if (backOff.IsInBackOffSinceUpdate(key, _sim.Elapsed))
        {
            c.WaitingReason = "ImagePullBackOff";
            c.WaitingMessage = Profile.ImagePullBackOffMessage(image, c.LastPullError ?? string.Empty);
            ContainerEvent(c, EventTypes.Normal, "BackOff", Profile.BackOffPullingImage(image));
            ContainerEvent(c, EventTypes.Warning, "Failed", Profile.StartError("ImagePullBackOff"));
            ScheduleRetry(c, backOff.LastUpdate(key)!.Value + backOff.Get(key)!.Value);
            return false;
        }

        ContainerEvent(c, EventTypes.Normal, "Pulling", Profile.PullingImage(image));
        var spec = _node.ImageSpec(image);
        var duration = NodeKubelet.Duration(spec?.PullDuration, 0);
        if (duration <= TimeSpan.Zero)
        {
            return FinishPull(c, image, fullImage, key, duration, then);
        }

        _sim.EnqueueAfter(duration, WorkTier.Timer, () =>
        {
            if (_terminating || _finalized)
            {
                ContinueStarts();
                return;
            }

            if (!FinishPull(c, image, fullImage, key, duration, then))
            {
                ContinueStarts();
            }
        });
        return true;
    }

    /// <summary>Completes a pull; returns true when the start continues asynchronously.</summary>
    private bool FinishPull(KubeletContainer c, string image, string fullImage, string key, TimeSpan duration, Func<bool> then)
    {
        if (_node.NextPullFails(image))
        {
            var error = _node.NeverExists(image) ? Profile.ImageNotFoundError(fullImage) : Profile.TransientPullError(fullImage);
            c.LastPullError = error;
            ContainerEvent(c, EventTypes.Warning, "Failed", Profile.FailedToPull(image, error));
            c.WaitingReason = "ErrImagePull";
            c.WaitingMessage = error;
            ContainerEvent(c, EventTypes.Warning, "Failed", Profile.StartError("ErrImagePull"));
            _node.ImagePullBackOff.Next(key, _sim.Elapsed, _sim.Elapsed);

            // The failed sync shows ErrImagePull; the next one (at once) finds the image in back-off.
            _syncAgain = true;
            return false;
        }

        _node.ImagePullBackOff.Reset(key);
        _node.MarkPresent(image);
        c.FullImage = fullImage;
        var size = _node.ImageSpec(image)?.Size ?? Quantity.Parse("50Mi");
        ContainerEvent(c, EventTypes.Normal, "Pulled", Profile.ImagePulled(image, duration, duration, (long)size.Value()));
        return then();
    }

    /// <summary>Creates the next instance of a container and starts it; returns true when the start is asynchronous.</summary>
    private bool CreateContainer(KubeletContainer c)
    {
        if (_terminating || _finalized)
        {
            return false;
        }

        // generateContainerConfig: a missing ConfigMap, Secret or key (not optional), a bad subPath or a root user
        // under runAsNonRoot keeps the container waiting; any later create of a ConfigMap or Secret retries.
        if (NeedsConfigCheck(c.Spec)
            && ContainerConfigurator.Check(_pod, c.Spec, _sim.ConfigurationSourcesFor(_pod), _sim.ImageConfigFor(c.Spec.Image)) is { } error)
        {
            c.WaitingReason = error.Reason;
            c.WaitingMessage = error.Message;
            ContainerEvent(c, EventTypes.Warning, "Failed", Profile.StartError(error.Message));
            return false;
        }

        if (c.State == InstanceState.Exited)
        {
            c.LastTerminated = TerminatedState(c);
            c.RestartCount++;
        }

        c.Runs++;

        // The kubelet writes no status while a start is under way: the container keeps its last shown status.
        c.StatusFrozen = true;
        c.State = InstanceState.Starting;
        c.WaitingReason = null;
        c.WaitingMessage = null;
        c.StartedAt = null;
        c.FinishedAt = null;
        c.ContainerId = _sim.Api.Identities.ContainerId(_pod.Metadata.Uid!, c.Name, c.RestartCount);
        c.ImageId = _node.ImageId(c.FullImage ?? c.Spec.Image ?? string.Empty);
        c.Behavior = BehaviorResolver.Resolve(_node.Scenario.Behaviors, _pod, c.Name, c.Runs);
        c.StartupSucceeded = false;
        c.ReadinessSucceeded = false;
        if (!c.IsInit)
        {
            _initializedOnce = true;
        }

        ContainerEvent(c, EventTypes.Normal, "Created", Profile.ContainerCreated(c.Name));
        _syncAgain = true;
        var latency = NodeKubelet.Duration(_node.Scenario.Latency?.ContainerStart, 0);
        if (latency <= TimeSpan.Zero)
        {
            return RunContainer(c);
        }

        _sim.EnqueueAfter(latency, WorkTier.Timer, () =>
        {
            if (!RunContainer(c))
            {
                ContinueStarts();
            }
        });
        return true;
    }

    /// <summary>The runtime started the process: the Started event, then postStart; returns true when the hook is running.</summary>
    private bool RunContainer(KubeletContainer c)
    {
        // Termination began during the start latency: the kill already under way ends this instance.
        if (c.State != InstanceState.Starting || c.Stopping || _terminating)
        {
            return false;
        }

        ContainerEvent(c, EventTypes.Normal, "Started", Profile.ContainerStarted(c.Name));
        c.StartedAt = _sim.Elapsed;
        if (c.Behavior.ExitAfter is { } exitAfter)
        {
            var code = c.Behavior.ExitCode;
            c.ExitWork = _sim.EnqueueAfter(exitAfter, WorkTier.ContainerExit, () => OnExit(c, code, code == 0 ? "Completed" : "Error"));
        }

        if (c.Behavior.Memory is { } memory && c.Spec.Resources is { } resources
            && resources.Limits.TryGetValue(ResourceNames.Memory, out var limit)
            && MemoryUsage.TimeToReach(memory, limit) is { } oomAfter)
        {
            // The cgroup limit: the kernel kills the container the instant its working set reaches it.
            c.OomWork = _sim.EnqueueAfter(oomAfter, WorkTier.ContainerExit, () => OnExit(c, 137, "OOMKilled"));
        }

        if (c.Spec.Lifecycle?.PostStart is null)
        {
            MarkRunning(c);
            return false;
        }

        _sim.EnqueueAfter(c.Behavior.PostStartDuration, WorkTier.Timer, () => PostStartReturned(c));
        return true;
    }

    private void PostStartReturned(KubeletContainer c)
    {
        if (c.State != InstanceState.Starting)
        {
            // The process exited while the hook ran; the start is over.
            ContinueStarts();
            return;
        }

        if (c.Stopping || _terminating)
        {
            // Termination began while the hook ran: the container is already being killed, never shown Running.
            ContinueStarts();
            return;
        }

        if (!c.Behavior.PostStartFails)
        {
            MarkRunning(c);
            ContinueStarts();
            return;
        }

        ContainerEvent(c, EventTypes.Warning, "FailedPostStartHook", Profile.PostStartHookFailed);
        c.OnStopped = () =>
        {
            c.WaitingReason = "PostStartHookError";
            c.WaitingMessage = Profile.PostStartHookFailed;
            ContainerEvent(c, EventTypes.Warning, "Failed", Profile.StartError("PostStartHookError"));
            UpdateStatus();
            ContinueStarts();
        };
        BeginKill(c, ContainerGrace(), "FailedPostStartHook", ordered: false);
    }

    private void MarkRunning(KubeletContainer c)
    {
        c.StatusFrozen = false;
        c.State = InstanceState.Running;
        OnContainerRunning(c);
        UpdateStatus();
    }

    private ContainerStateTerminated TerminatedState(KubeletContainer c) => new()
    {
        ExitCode = c.ExitCode,
        Reason = c.TerminatedReason,
        Message = c.TerminatedMessage,
        StartedAt = c.StartedAt is { } started ? Stamp(started) : null,
        FinishedAt = c.FinishedAt is { } finished ? Stamp(finished) : null,
        ContainerID = c.ContainerId,
    };

    /// <summary>
    /// Only containers that read objects, mount a volume with a sub-path or demand a non-root user can fail
    /// configuration: a plain mount names a volume that validation already found in the pod, so it cannot fail. This
    /// keeps the check off the restarts of containers whose only mount is the service account token.
    /// </summary>
    private bool NeedsConfigCheck(Container container)
    {
        if (container.EnvFrom.Count > 0
            || container.SecurityContext?.RunAsNonRoot == true || Spec.SecurityContext?.RunAsNonRoot == true)
        {
            return true;
        }

        foreach (var mount in container.VolumeMounts)
        {
            if (!string.IsNullOrEmpty(mount.SubPath) || !string.IsNullOrEmpty(mount.SubPathExpr))
            {
                return true;
            }
        }

        foreach (var env in container.Env)
        {
            if (env.ValueFrom is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The grace of a kubelet-initiated kill of one container: deletion grace, else the probe's own (liveness and
    /// startup kills), else the pod's.
    /// </summary>
    private long ContainerGrace(long? probeGrace = null) =>
        _pod.Metadata.DeletionGracePeriodSeconds ?? probeGrace ?? PodGrace;

    /// <summary>Gets the pod's terminationGracePeriodSeconds (API default 30).</summary>
    private long PodGrace => Spec.TerminationGracePeriodSeconds ?? 30;
}
