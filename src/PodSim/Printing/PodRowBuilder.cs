using System.Globalization;
using PodSim.Model;

namespace PodSim.Printing;

/// <summary>
/// Computes the <c>kubectl get pods</c> row of a pod (<c>printPod</c> in <c>pkg/printers/internalversion</c>):
/// the STATUS reason in upstream order, READY and RESTARTS with sidecar (restartable init container) rules,
/// AGE from the creation timestamp, and the wide columns.
/// </summary>
public static class PodRowBuilder
{
    /// <summary>The node-controller reason of a pod on an unreachable node; a deleted such pod shows <c>Unknown</c>.</summary>
    public const string NodeLostReason = "NodeLost";

    /// <summary>The PodScheduled condition reason of a pod held back by scheduling gates.</summary>
    public const string SchedulingGatedReason = "SchedulingGated";

    private const string None = "<none>";

    /// <summary>Computes the row of <paramref name="pod"/> as kubectl would print it at <paramref name="now"/>.</summary>
    /// <param name="pod">The pod; missing spec or status count as empty.</param>
    /// <param name="now">The current (virtual) time, for AGE and the "(5m ago)" restart note.</param>
    /// <returns>The row.</returns>
    public static PodRow Build(Pod pod, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(pod);
        var spec = pod.Spec ?? new PodSpec();
        var status = pod.Status ?? new PodStatus();

        var restarts = 0;
        var sidecarRestarts = 0;
        var ready = 0;
        var total = spec.Containers.Count;
        DateTimeOffset? lastRestart = null;
        DateTimeOffset? lastSidecarRestart = null;

        var phase = status.Phase ?? string.Empty;
        var reason = string.IsNullOrEmpty(status.Reason) ? phase : status.Reason;

        foreach (var condition in status.Conditions)
        {
            if (condition.Type == PodConditionTypes.PodScheduled && condition.Reason == SchedulingGatedReason)
            {
                reason = SchedulingGatedReason;
            }
        }

        foreach (var init in spec.InitContainers)
        {
            if (init.IsSidecar)
            {
                total++;
            }
        }

        var initializing = false;
        var initStatuses = status.InitContainerStatuses;
        for (var i = 0; i < initStatuses.Count; i++)
        {
            var cs = initStatuses[i];
            var state = cs.State ?? new ContainerState();
            var sidecar = FindInit(spec, cs.Name)?.IsSidecar == true;
            restarts += cs.RestartCount ?? 0;
            lastRestart = Later(lastRestart, cs.LastState?.Terminated?.FinishedAt);
            if (sidecar)
            {
                sidecarRestarts += cs.RestartCount ?? 0;
                lastSidecarRestart = Later(lastSidecarRestart, cs.LastState?.Terminated?.FinishedAt);
            }

            if (state.Terminated is { } done && (done.ExitCode ?? 0) == 0)
            {
                continue;
            }

            if (sidecar && cs.Started == true)
            {
                if (cs.Ready == true)
                {
                    ready++;
                }

                continue;
            }

            if (state.Terminated is { } failed)
            {
                reason = string.IsNullOrEmpty(failed.Reason)
                    ? (failed.Signal ?? 0) != 0 ? "Init:Signal:" + Int(failed.Signal ?? 0) : "Init:ExitCode:" + Int(failed.ExitCode ?? 0)
                    : "Init:" + failed.Reason;
            }
            else if (state.Waiting is { Reason: { Length: > 0 } waitingReason } && waitingReason != "PodInitializing")
            {
                reason = "Init:" + waitingReason;
            }
            else
            {
                // i statuses before this one are done; the denominator counts sidecars too.
                reason = "Init:" + Int(i) + "/" + Int(spec.InitContainers.Count);
            }

            // The first unfinished init container decides; later ones are not looked at (nor their restarts counted).
            initializing = true;
            break;
        }

        if (!initializing || IsInitialized(status))
        {
            // Once initialized, classic init containers' restarts no longer count; sidecars' still do.
            restarts = sidecarRestarts;
            lastRestart = lastSidecarRestart;
            var hasRunning = false;

            // Walked from last to first so that the first container with a reason wins.
            for (var i = status.ContainerStatuses.Count - 1; i >= 0; i--)
            {
                var cs = status.ContainerStatuses[i];
                var state = cs.State ?? new ContainerState();
                restarts += cs.RestartCount ?? 0;
                lastRestart = Later(lastRestart, cs.LastState?.Terminated?.FinishedAt);
                if (state.Waiting is { Reason: { Length: > 0 } waitingReason })
                {
                    reason = waitingReason;
                }
                else if (state.Terminated is { } terminated)
                {
                    reason = !string.IsNullOrEmpty(terminated.Reason)
                        ? terminated.Reason
                        : (terminated.Signal ?? 0) != 0 ? "Signal:" + Int(terminated.Signal ?? 0) : "ExitCode:" + Int(terminated.ExitCode ?? 0);
                }
                else if (cs.Ready == true && state.Running is not null)
                {
                    hasRunning = true;
                    ready++;
                }
            }

            if (reason == "Completed" && hasRunning)
            {
                reason = HasReadyCondition(status) ? PodPhases.Running : "NotReady";
            }
        }

        if (pod.Metadata.DeletionTimestamp is not null && status.Reason == NodeLostReason)
        {
            reason = PodPhases.Unknown;
        }
        else if (pod.Metadata.DeletionTimestamp is not null && phase != PodPhases.Succeeded && phase != PodPhases.Failed)
        {
            reason = "Terminating";
        }

        var restartsText = Int(restarts);
        if (restarts != 0 && lastRestart is { } last)
        {
            restartsText = restartsText + " (" + HumanDuration.Since(last, now) + " ago)";
        }

        return new PodRow
        {
            Name = pod.Metadata.Name ?? string.Empty,
            ReadyContainers = ready,
            TotalContainers = total,
            Status = reason,
            RestartCount = restarts,
            LastRestart = lastRestart,
            Restarts = restartsText,
            Age = HumanDuration.Since(pod.Metadata.CreationTimestamp, now),
            IP = status.PodIPs.Count > 0 && !string.IsNullOrEmpty(status.PodIPs[0].IP) ? status.PodIPs[0].IP! : None,
            Node = OrNone(spec.NodeName),
            NominatedNode = OrNone(status.NominatedNodeName),
            ReadinessGates = ReadinessGatesCell(spec, status),
        };
    }

    private static Container? FindInit(PodSpec spec, string? name)
    {
        // Like upstream's name map: the last init container of that name; a status whose name matches none is
        // treated as a classic init container.
        Container? found = null;
        foreach (var c in spec.InitContainers)
        {
            if (string.Equals(c.Name ?? string.Empty, name ?? string.Empty, StringComparison.Ordinal))
            {
                found = c;
            }
        }

        return found;
    }

    private static DateTimeOffset? Later(DateTimeOffset? current, DateTimeOffset? candidate) =>
        candidate is { } c && (current is null || current < c) ? c : current;

    private static bool IsInitialized(PodStatus status)
    {
        // Only the first Initialized condition counts.
        foreach (var condition in status.Conditions)
        {
            if (condition.Type == PodConditionTypes.Initialized)
            {
                return condition.Status == ConditionStatuses.True;
            }
        }

        return false;
    }

    private static bool HasReadyCondition(PodStatus status)
    {
        foreach (var condition in status.Conditions)
        {
            if (condition.Type == PodConditionTypes.Ready && condition.Status == ConditionStatuses.True)
            {
                return true;
            }
        }

        return false;
    }

    private static string ReadinessGatesCell(PodSpec spec, PodStatus status)
    {
        if (spec.ReadinessGates.Count == 0)
        {
            return None;
        }

        var trueCount = 0;
        foreach (var gate in spec.ReadinessGates)
        {
            // The first condition of the gate's type decides.
            foreach (var condition in status.Conditions)
            {
                if (condition.Type == gate.ConditionType)
                {
                    if (condition.Status == ConditionStatuses.True)
                    {
                        trueCount++;
                    }

                    break;
                }
            }
        }

        return Int(trueCount) + "/" + Int(spec.ReadinessGates.Count);
    }

    private static string OrNone(string? value) => string.IsNullOrEmpty(value) ? None : value;

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
