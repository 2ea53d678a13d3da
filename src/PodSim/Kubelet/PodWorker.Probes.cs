using PodSim.Engine;
using PodSim.Model;
using PodSim.Scenarios;

namespace PodSim.Kubelet;

/// <summary>
/// The prober: startup, liveness and readiness workers per running container instance. Attempts fall on the grid
/// startedAt + initialDelaySeconds + k × periodSeconds. A passing probe whose scripted result cannot change skips
/// straight to the grid instant after the next scripted change, which gives the same timeline as probing every period
/// (passing attempts emit nothing) at a cost that does not grow with virtual time.
/// </summary>
internal sealed partial class PodWorker
{
    private readonly List<ProbeWorker> _probes = [];

    private void StartProbes(KubeletContainer c)
    {
        var started = c.StartedAt ?? _sim.Elapsed;
        if (c.Spec.StartupProbe is { } startup)
        {
            AddProbe(c, ProbeType.Startup, startup, started + Delay(startup));
            return;
        }

        StartLivenessAndReadiness(c, started);
    }

    /// <summary>Liveness and readiness begin at max(startup success or start, startedAt + initialDelaySeconds).</summary>
    private void StartLivenessAndReadiness(KubeletContainer c, TimeSpan earliest)
    {
        var started = c.StartedAt ?? _sim.Elapsed;
        if (c.Spec.LivenessProbe is { } liveness)
        {
            AddProbe(c, ProbeType.Liveness, liveness, Max(earliest, started + Delay(liveness)));
        }

        if (c.Spec.ReadinessProbe is { } readiness)
        {
            AddProbe(c, ProbeType.Readiness, readiness, Max(earliest, started + Delay(readiness)));
        }
    }

    private void AddProbe(KubeletContainer c, ProbeType type, Probe probe, TimeSpan firstAt)
    {
        var worker = new ProbeWorker(c, type, ResolvePorts(probe, c.Spec), firstAt);
        _probes.Add(worker);

        // Grid instants that passed while the container was not yet shown Running (postStart) are skipped.
        ScheduleProbe(worker, worker.GridAtOrAfter(_sim.Elapsed));
    }

    private void ScheduleProbe(ProbeWorker worker, TimeSpan at) =>
        worker.Next = _sim.Enqueue(at, WorkTier.ProbeResult, () => RunProbe(worker));

    private void RunProbe(ProbeWorker worker)
    {
        worker.Next = null;
        var c = worker.Container;
        if (worker.Stopped || c.State != InstanceState.Running)
        {
            return;
        }

        var b = c.Behavior;
        var windows = Windows(b.Probes, worker.Type);
        var sinceStart = _sim.Elapsed - (c.StartedAt ?? _sim.Elapsed);
        var outcome = ProbeScript.Evaluate(worker.Probe, worker.Type, windows, b.ReadyAfter, sinceStart, ProbeTarget());
        var attemptAt = _sim.Elapsed;
        if (outcome.Delay > TimeSpan.Zero)
        {
            _sim.EnqueueAfter(outcome.Delay, WorkTier.ProbeResult, () => ApplyProbeResult(worker, outcome));
        }
        else
        {
            ApplyProbeResult(worker, outcome);
        }

        if (worker.Stopped || worker.Next is not null)
        {
            return;
        }

        // The next attempt: every period while anything can change; after a settled success, the grid instant at or
        // after the next scripted change (none: the worker rests until the container stops).
        // Attempts are sequential: one that takes as long as the period or longer is followed at once by the tick
        // that fired meanwhile (Go's ticker keeps one), so the next attempt is when its result is in.
        var next = outcome.Delay >= worker.Period ? attemptAt + outcome.Delay : attemptAt + worker.Period;
        var settled = outcome.Success && outcome.Delay == TimeSpan.Zero && worker.Result == true && !_sim.ProbeEveryPeriod;
        if (settled)
        {
            var change = ProbeScript.NextChange(windows, b.ReadyAfter, sinceStart);
            if (change is null)
            {
                return;
            }

            next = worker.GridAtOrAfter((c.StartedAt ?? attemptAt) + change.Value);
            if (next <= attemptAt)
            {
                next = attemptAt + worker.Period;
            }
        }

        ScheduleProbe(worker, next);
    }

    /// <summary>Counts a result and acts when a threshold is crossed.</summary>
    private void ApplyProbeResult(ProbeWorker worker, ProbeOutcome outcome)
    {
        var c = worker.Container;
        if (worker.Stopped || c.State != InstanceState.Running)
        {
            return;
        }

        if (outcome.Success)
        {
            worker.SuccessRun++;
            worker.FailureRun = 0;
        }
        else
        {
            worker.FailureRun++;
            worker.SuccessRun = 0;
            ContainerEvent(c, EventTypes.Warning, "Unhealthy", ProbeScript.Name(worker.Type) + " probe failed: " + outcome.Output);
        }

        bool? result = worker.Result;
        if (outcome.Success && worker.SuccessRun >= worker.SuccessThreshold)
        {
            result = true;
        }
        else if (!outcome.Success && worker.FailureRun >= worker.FailureThreshold)
        {
            result = false;
        }

        if (result == worker.Result)
        {
            return;
        }

        worker.Result = result;
        switch (worker.Type)
        {
            case ProbeType.Readiness:
                c.ReadinessSucceeded = result == true;
                UpdateStatus();
                break;
            case ProbeType.Startup:
                worker.Stop();
                if (result == true)
                {
                    c.StartupSucceeded = true;
                    UpdateStatus();
                    StartLivenessAndReadiness(c, _sim.Elapsed);
                    RequestSync();
                }
                else
                {
                    ProbeKill(c, worker, "startup");
                }

                break;
            default:
                if (result == false)
                {
                    worker.Stop();
                    ProbeKill(c, worker, "liveness");
                }

                break;
        }
    }

    /// <summary>A liveness or startup failure kills the container; restart policy and back-off then apply.</summary>
    private void ProbeKill(KubeletContainer c, ProbeWorker worker, string kind)
    {
        StopProbes(c, keepReadiness: true);
        if (c.Stopping)
        {
            return;
        }

        string message;
        if (c.IsSidecar)
        {
            message = "Init container " + c.Name + " failed " + kind + " probe";
        }
        else
        {
            message = "Container " + c.Name + " failed " + kind + " probe";
            if (PodRestartPolicy != RestartPolicies.Never)
            {
                message += ", will be restarted";
            }
        }

        BeginKill(c, ContainerGrace(worker.Probe.TerminationGracePeriodSeconds), message, ordered: false);
    }

    /// <summary>Stops the probes of one container (all, or liveness and startup only).</summary>
    private void StopProbes(KubeletContainer c, bool keepReadiness)
    {
        for (var i = _probes.Count - 1; i >= 0; i--)
        {
            var worker = _probes[i];
            if (worker.Container != c || (keepReadiness && worker.Type == ProbeType.Readiness))
            {
                continue;
            }

            worker.Stop();
            _probes.RemoveAt(i);
        }
    }

    /// <summary>Pod termination stops liveness and startup probes; readiness keeps running until containers stop.</summary>
    private void StopProbes()
    {
        for (var i = _probes.Count - 1; i >= 0; i--)
        {
            var worker = _probes[i];
            if (worker.Type == ProbeType.Readiness && !_finalized)
            {
                continue;
            }

            worker.Stop();
            _probes.RemoveAt(i);
        }
    }

    private string ProbeTarget() => Spec.HostNetwork == true ? _node.Address : _podIp;

    private static IReadOnlyList<ProbeWindowSpec> Windows(ProbeScriptSpec? script, ProbeType type) => type switch
    {
        _ when script is null => [],
        ProbeType.Liveness => script.Liveness,
        ProbeType.Readiness => script.Readiness,
        _ => script.Startup,
    };

    private static TimeSpan Delay(Probe probe) => TimeSpan.FromSeconds(probe.InitialDelaySeconds ?? 0);

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>Named ports resolve to the container's port of that name, as the prober does.</summary>
    private static Probe ResolvePorts(Probe probe, Container container)
    {
        if (probe.HttpGet is { Port: { IsInt: false } httpPort } http)
        {
            return probe with { HttpGet = http with { Port = NamedPort(container, httpPort.StringValue) } };
        }

        if (probe.TcpSocket is { Port: { IsInt: false } tcpPort } tcp)
        {
            return probe with { TcpSocket = tcp with { Port = NamedPort(container, tcpPort.StringValue) } };
        }

        return probe;
    }

    private static IntOrString NamedPort(Container container, string? name)
    {
        foreach (var port in container.Ports)
        {
            if (port.Name == name && port.Port is { } number)
            {
                return number;
            }
        }

        return name ?? string.Empty;
    }
}
