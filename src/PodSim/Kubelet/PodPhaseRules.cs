using PodSim.Model;

namespace PodSim.Kubelet;

/// <summary>
/// The kubelet's pod phase rule (<c>getPhase</c> in <c>pkg/kubelet/kubelet_pods.go</c>, Kubernetes 1.35 with
/// <c>ContainerRestartRules</c> on) as a pure function of the spec and the container statuses.
/// </summary>
internal static class PodPhaseRules
{
    /// <summary>Computes the phase a kubelet reports for a pod.</summary>
    /// <param name="spec">The pod spec (restart policies; which init containers are sidecars).</param>
    /// <param name="initContainerStatuses">The init container statuses, by name.</param>
    /// <param name="containerStatuses">The regular container statuses, by name.</param>
    /// <param name="podIsTerminal">Whether this is the final status after every container stopped (termination).</param>
    /// <param name="podHasInitialized">Whether any regular container has been created in the current sandbox.</param>
    /// <returns><c>Pending</c>, <c>Running</c>, <c>Succeeded</c> or <c>Failed</c>.</returns>
    public static string GetPhase(
        PodSpec spec,
        IReadOnlyList<ContainerStatus> initContainerStatuses,
        IReadOnlyList<ContainerStatus> containerStatuses,
        bool podIsTerminal,
        bool podHasInitialized)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(initContainerStatuses);
        ArgumentNullException.ThrowIfNull(containerStatuses);
        var podPolicy = spec.RestartPolicy ?? RestartPolicies.Always;
        int pendingRegularInit = 0, failedInitNotRestartable = 0, pendingSidecar = 0;
        int unknown = 0, running = 0, waiting = 0, stopped = 0, succeeded = 0, stoppedNotRestartable = 0;

        for (var i = 0; i < spec.InitContainers.Count; i++)
        {
            var container = spec.InitContainers[i];
            var status = Find(initContainerStatuses, container.Name);
            if (container.IsSidecar)
            {
                switch (Classify(status))
                {
                    case StateKind.Missing:
                        unknown++;
                        break;
                    case StateKind.Running:
                        running++;
                        if (status!.Started != true)
                        {
                            pendingSidecar++;
                        }

                        break;
                    case StateKind.WaitingFresh:
                        pendingSidecar++;
                        waiting++;
                        break;
                    case StateKind.Unknown:
                        pendingSidecar++;
                        unknown++;
                        break;
                }

                continue;
            }

            switch (Classify(status))
            {
                case StateKind.Terminated or StateKind.WaitingAfterExit:
                    var exit = ExitCode(status!);
                    if (exit != 0 && !ShouldRestart(container, podPolicy, exit))
                    {
                        failedInitNotRestartable++;
                    }

                    break;
                default:
                    pendingRegularInit++;
                    break;
            }
        }

        for (var i = 0; i < spec.Containers.Count; i++)
        {
            var container = spec.Containers[i];
            var status = Find(containerStatuses, container.Name);
            switch (Classify(status))
            {
                case StateKind.Missing or StateKind.Unknown:
                    unknown++;
                    break;
                case StateKind.Running:
                    running++;
                    break;
                case StateKind.Terminated:
                    stopped++;
                    var exit = ExitCode(status!);
                    if (exit == 0)
                    {
                        succeeded++;
                    }

                    if (!ShouldRestart(container, podPolicy, exit))
                    {
                        stoppedNotRestartable++;
                    }

                    break;
                case StateKind.WaitingAfterExit:
                    // Waiting to restart counts as stopped but never as succeeded, even after exit 0.
                    stopped++;
                    if (!ShouldRestart(container, podPolicy, ExitCode(status!)))
                    {
                        stoppedNotRestartable++;
                    }

                    break;
                case StateKind.WaitingFresh:
                    waiting++;
                    break;
            }
        }

        if (failedInitNotRestartable > 0)
        {
            return PodPhases.Failed;
        }

        if (pendingRegularInit > 0 || (pendingSidecar > 0 && !podHasInitialized) || waiting > 0)
        {
            return PodPhases.Pending;
        }

        if (running > 0 && unknown == 0)
        {
            return PodPhases.Running;
        }

        if (running == 0 && stopped > 0 && unknown == 0)
        {
            if (podIsTerminal || stopped == stoppedNotRestartable)
            {
                return stopped == succeeded ? PodPhases.Succeeded : PodPhases.Failed;
            }

            return PodPhases.Running;
        }

        return PodPhases.Pending;
    }

    /// <summary>A pod never leaves a terminal phase: once Succeeded or Failed, that phase is kept.</summary>
    /// <param name="previous">The phase reported before.</param>
    /// <param name="computed">The phase computed now.</param>
    /// <returns>The phase to report.</returns>
    public static string KeepTerminal(string? previous, string computed) =>
        previous is PodPhases.Succeeded or PodPhases.Failed ? previous : computed;

    /// <summary>
    /// Whether a container that exited with a code will be restarted: the first of its <c>restartPolicyRules</c> whose
    /// exit codes match, else its own restart policy (sidecars: always), else the pod's: Always restarts, OnFailure restarts on a non-zero code, Never does not.
    /// </summary>
    /// <param name="container">The container.</param>
    /// <param name="podRestartPolicy">The pod's restart policy.</param>
    /// <param name="exitCode">The exit code.</param>
    /// <returns>Whether it restarts.</returns>
    public static bool ShouldRestart(Container container, string podRestartPolicy, int exitCode)
    {
        ArgumentNullException.ThrowIfNull(container);

        // ContainerRestartRules (1.35): the first rule whose exit-code condition matches decides.
        foreach (var rule in container.RestartPolicyRules)
        {
            if (rule.ExitCodes is { } codes && MatchesExitCode(codes, exitCode))
            {
                return rule.Action == "Restart";
            }
        }

        var policy = string.IsNullOrEmpty(container.RestartPolicy) ? podRestartPolicy : container.RestartPolicy;
        return policy switch
        {
            RestartPolicies.Always => true,
            RestartPolicies.OnFailure => exitCode != 0,
            _ => false,
        };
    }

    private static bool MatchesExitCode(ContainerRestartRuleOnExitCodes codes, int exitCode)
    {
        var listed = false;
        foreach (var value in codes.Values)
        {
            listed |= value == exitCode;
        }

        return codes.Operator switch
        {
            "In" => listed,
            "NotIn" => !listed,
            _ => false,
        };
    }

    private static ContainerStatus? Find(IReadOnlyList<ContainerStatus> statuses, string? name)
    {
        for (var i = 0; i < statuses.Count; i++)
        {
            if (statuses[i].Name == name)
            {
                return statuses[i];
            }
        }

        return null;
    }

    private static StateKind Classify(ContainerStatus? status)
    {
        if (status is null)
        {
            return StateKind.Missing;
        }

        var state = status.State;
        if (state?.Running is not null)
        {
            return StateKind.Running;
        }

        if (state?.Terminated is not null)
        {
            return StateKind.Terminated;
        }

        if (state?.Waiting is not null)
        {
            return status.LastState?.Terminated is not null ? StateKind.WaitingAfterExit : StateKind.WaitingFresh;
        }

        return StateKind.Unknown;
    }

    private static int ExitCode(ContainerStatus status) =>
        status.State?.Terminated?.ExitCode ?? status.LastState?.Terminated?.ExitCode ?? 0;

    private enum StateKind
    {
        Missing,
        Running,
        Terminated,
        WaitingAfterExit,
        WaitingFresh,
        Unknown,
    }
}
