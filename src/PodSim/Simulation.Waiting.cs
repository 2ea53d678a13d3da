using System.Globalization;
using System.Text;
using PodSim.Model;

namespace PodSim;

/// <summary>Waiting for a pod: run until it is Ready or in a phase, or fail saying what it did instead.</summary>
public sealed partial class Simulation
{
    /// <summary>How many of the pod's latest events a failed wait quotes.</summary>
    private const int EventsQuoted = 3;

    /// <summary>
    /// Runs until a pod is Ready (its <c>Ready</c> condition is True), as <c>kubectl wait --for=condition=Ready</c>
    /// does; the clock then stands at the instant it became Ready. A pod that does not exist yet may be created by an
    /// action meanwhile.
    /// </summary>
    /// <param name="pod">The pod's name.</param>
    /// <param name="bound">
    /// The latest offset from <see cref="StartTime"/> to run to; by default the scenario's horizon (<see cref="Horizon"/>),
    /// or the current instant once the simulation is past it.
    /// </param>
    /// <param name="ns">The pod's namespace.</param>
    /// <returns>The pod as it is when Ready.</returns>
    /// <exception cref="SimulationTimeoutException">
    /// The pod was not Ready by the bound, for example <c>pod "web" was not Ready by +10m0s: Running, container app
    /// Waiting (CrashLoopBackOff), 5 restarts; last events: ...</c>; the clock stands at the bound.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bound"/> is before <see cref="Elapsed"/> or past <see cref="LatestOffset"/>.</exception>
    /// <exception cref="WorkBudgetExceededException">The work budget ran out first.</exception>
    public Pod RunUntilReady(string pod, TimeSpan? bound = null, string ns = "default")
    {
        ArgumentNullException.ThrowIfNull(pod);
        ArgumentNullException.ThrowIfNull(ns);
        return WaitFor(pod, ns, bound, PodConditionTypes.Ready, p => p.IsReady());
    }

    /// <summary>
    /// Runs until a pod is in a phase (<see cref="PodPhases"/>); the clock then stands at the instant it got there.
    /// </summary>
    /// <param name="pod">The pod's name.</param>
    /// <param name="phase">The phase: <c>Pending</c>, <c>Running</c>, <c>Succeeded</c>, <c>Failed</c> or <c>Unknown</c>.</param>
    /// <param name="bound">
    /// The latest offset from <see cref="StartTime"/> to run to; by default the scenario's horizon (<see cref="Horizon"/>),
    /// or the current instant once the simulation is past it.
    /// </param>
    /// <param name="ns">The pod's namespace.</param>
    /// <returns>The pod as it is in that phase.</returns>
    /// <exception cref="ArgumentException"><paramref name="phase"/> is not a pod phase.</exception>
    /// <exception cref="SimulationTimeoutException">
    /// The pod was not in the phase by the bound (<c>pod "job" was not Succeeded by +10m0s: Failed, ...</c>); the
    /// clock stands at the bound.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bound"/> is before <see cref="Elapsed"/> or past <see cref="LatestOffset"/>.</exception>
    /// <exception cref="WorkBudgetExceededException">The work budget ran out first.</exception>
    public Pod RunUntilPhase(string pod, string phase, TimeSpan? bound = null, string ns = "default")
    {
        ArgumentNullException.ThrowIfNull(pod);
        ArgumentNullException.ThrowIfNull(phase);
        ArgumentNullException.ThrowIfNull(ns);
        if (phase is not (PodPhases.Pending or PodPhases.Running or PodPhases.Succeeded or PodPhases.Failed or PodPhases.Unknown))
        {
            throw new ArgumentException("\"" + phase + "\" is not a pod phase; the phases are Pending, Running, Succeeded, Failed and Unknown", nameof(phase));
        }

        return WaitFor(pod, ns, bound, phase, p => p.Status?.Phase == phase);
    }

    private Pod WaitFor(string name, string ns, TimeSpan? bound, string awaited, Func<Pod, bool> holds)
    {
        var until = bound ?? (Horizon > Elapsed ? Horizon : Elapsed);
        if (RunUntil(s => s.GetPod(name, ns) is { } p && holds(p), until))
        {
            return GetPod(name, ns)!;
        }

        var pod = GetPod(name, ns);
        var subject = "pod \"" + (ns == "default" ? name : ns + "/" + name) + "\"";
        var message = subject + " was not " + awaited + " by " + FormatOffset(until) + ": " +
            (pod is null ? "it does not exist" : DescribeState(pod) + LastEvents(name, ns));
        throw new SimulationTimeoutException(message, awaited, name, ns, until, pod);
    }

    /// <summary>What a pod is doing, in one line: <c>Running, container app Waiting (CrashLoopBackOff), 5 restarts</c>.</summary>
    private static string DescribeState(Pod pod)
    {
        var status = pod.Status ?? new PodStatus();
        var sb = new StringBuilder(string.IsNullOrEmpty(status.Phase) ? "no phase yet" : status.Phase);
        if (!string.IsNullOrEmpty(status.Reason))
        {
            sb.Append(" (").Append(status.Reason).Append(')');
        }

        if (pod.Metadata?.DeletionTimestamp is not null)
        {
            sb.Append(", terminating");
        }

        if (pod.GetCondition(PodConditionTypes.PodScheduled) is { Status: ConditionStatuses.False } unscheduled)
        {
            sb.Append(", not scheduled (").Append(unscheduled.Reason).Append(": ").Append(unscheduled.Message).Append(')');
        }

        foreach (var container in status.InitContainerStatuses)
        {
            AppendContainer(sb, "init container ", container);
        }

        foreach (var container in status.ContainerStatuses)
        {
            AppendContainer(sb, "container ", container);
        }

        return sb.ToString();
    }

    private static void AppendContainer(StringBuilder sb, string kind, ContainerStatus container)
    {
        sb.Append(", ").Append(kind).Append(container.Name).Append(' ');
        switch (container.State)
        {
            case { Running: not null }:
                sb.Append(container.Ready == true ? "Running (ready)" : "Running (not ready)");
                break;
            case { Terminated: { } terminated }:
                sb.Append("Terminated (").Append(terminated.Reason ?? "no reason").Append(", exit code ")
                    .Append((terminated.ExitCode ?? 0).ToString(CultureInfo.InvariantCulture)).Append(')');
                break;
            case { Waiting: { } waiting }:
                sb.Append(string.IsNullOrEmpty(waiting.Reason) ? "Waiting" : "Waiting (" + waiting.Reason + ")");
                break;
            default:
                sb.Append("with no state");
                break;
        }

        var restarts = container.RestartCount ?? 0;
        sb.Append(", ").Append(restarts.ToString(CultureInfo.InvariantCulture)).Append(restarts == 1 ? " restart" : " restarts");
    }

    /// <summary>
    /// The pod's latest events, from the aggregated ones (kept whatever <see cref="RecordHistory"/> says):
    /// <c>; last events: +4m10s Warning BackOff: Back-off restarting failed container ... (x5)</c>.
    /// </summary>
    private string LastEvents(string name, string ns)
    {
        var mine = new List<Event>();
        foreach (var e in Events)
        {
            if (e.InvolvedObject is { Kind: "Pod" } o && o.Name == name && (o.Namespace ?? "default") == ns)
            {
                mine.Add(e);
            }
        }

        if (mine.Count == 0)
        {
            return "; no events";
        }

        // Latest last; the sort is stable, so events of one instant keep their order of first occurrence.
        var latest = mine.OrderBy(e => e.LastTimestamp ?? e.FirstTimestamp).TakeLast(EventsQuoted);
        var sb = new StringBuilder("; last events: ");
        var first = true;
        foreach (var e in latest)
        {
            if (!first)
            {
                sb.Append("; ");
            }

            first = false;
            var at = (e.LastTimestamp ?? e.FirstTimestamp ?? StartTime) - StartTime;
            sb.Append(FormatOffset(at)).Append(' ').Append(e.Type).Append(' ').Append(e.Reason).Append(": ").Append(e.Message);
            if (e.Count > 1)
            {
                sb.Append(" (x").Append(e.Count.Value.ToString(CultureInfo.InvariantCulture)).Append(')');
            }
        }

        return sb.ToString();
    }
}
