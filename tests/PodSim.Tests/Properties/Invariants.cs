using System.Globalization;
using System.Text.RegularExpressions;
using PodSim.Model;

namespace PodSim.Tests.Properties;

/// <summary>
/// The lifecycle invariants, each a function from a played scenario to its violations (empty when it holds).
/// They read the journal of transitions and events and the pods as stored after each piece of work.
/// </summary>
internal static partial class Invariants
{
    private const string Succeeded = "Succeeded";
    private const string Failed = "Failed";

    /// <summary>The phase never leaves Succeeded or Failed.</summary>
    public static List<string> PhaseStaysTerminal(ScenarioRun run)
    {
        var violations = new List<string>();
        foreach (var entry in run.Journal)
        {
            if (entry.Transition is { Field: "status.phase", From: Succeeded or Failed } t && t.To != t.From)
            {
                violations.Add("phase left a terminal phase: " + t);
            }
        }

        for (var p = 0; p < run.Model.Pods.Count; p++)
        {
            string? terminal = null;
            foreach (var (elapsed, pods) in run.Steps)
            {
                var phase = pods[p]?.Status?.Phase;
                if (terminal is not null && pods[p] is not null && phase != terminal)
                {
                    violations.Add("+" + GoDuration.Format(elapsed) + " pod " + run.Model.Pods[p].Name + ": phase " + terminal + " became " + phase);
                    break;
                }

                if (phase is Succeeded or Failed)
                {
                    terminal = phase;
                }
            }
        }

        return violations;
    }

    /// <summary>No container's restartCount ever goes down.</summary>
    public static List<string> RestartCountNeverDecreases(ScenarioRun run)
    {
        var violations = new List<string>();
        foreach (var entry in run.Journal)
        {
            if (entry.Transition is { } t && t.Field.EndsWith(".restartCount", StringComparison.Ordinal) &&
                int.Parse(t.From ?? "0", CultureInfo.InvariantCulture) > int.Parse(t.To ?? "0", CultureInfo.InvariantCulture))
            {
                violations.Add("restartCount decreased: " + t);
            }
        }

        for (var p = 0; p < run.Model.Pods.Count; p++)
        {
            var highest = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (elapsed, pods) in run.Steps)
            {
                foreach (var status in AllStatuses(pods[p]))
                {
                    var key = status.Name!;
                    if (highest.TryGetValue(key, out var before) && status.RestartCount < before)
                    {
                        violations.Add("+" + GoDuration.Format(elapsed) + " pod " + run.Model.Pods[p].Name + " container " + key + ": restartCount " + before + " -> " + status.RestartCount);
                    }

                    highest[key] = Math.Max(before, status.RestartCount ?? 0);
                }
            }
        }

        return violations;
    }

    /// <summary>
    /// Ready implies ContainersReady, and ContainersReady implies that every regular container and every sidecar is
    /// ready (pkg/kubelet/status/generate.go: GeneratePodReadyCondition, GenerateContainersReadyCondition).
    /// </summary>
    public static List<string> ReadyImpliesContainersReady(ScenarioRun run)
    {
        var violations = new List<string>();
        foreach (var (elapsed, pods) in run.Steps)
        {
            foreach (var pod in pods)
            {
                if (pod?.Status is not { } status)
                {
                    continue;
                }

                var at = "+" + GoDuration.Format(elapsed) + " pod " + pod.Metadata.Name + ": ";
                var ready = Condition(status, PodConditionTypes.Ready);
                var containersReady = Condition(status, PodConditionTypes.ContainersReady);
                if (ready == ConditionStatuses.True && containersReady != ConditionStatuses.True)
                {
                    violations.Add(at + "Ready is True but ContainersReady is " + (containersReady ?? "absent"));
                }

                if (containersReady != ConditionStatuses.True)
                {
                    continue;
                }

                var spec = pod.Spec!;
                foreach (var container in spec.Containers)
                {
                    if (status.ContainerStatuses.FirstOrDefault(s => s.Name == container.Name) is not { Ready: true })
                    {
                        violations.Add(at + "ContainersReady is True but container " + container.Name + " is not ready");
                    }
                }

                foreach (var container in spec.InitContainers.Where(c => c.RestartPolicy == "Always"))
                {
                    if (status.InitContainerStatuses.FirstOrDefault(s => s.Name == container.Name) is not { Ready: true })
                    {
                        violations.Add(at + "ContainersReady is True but sidecar " + container.Name + " is not ready");
                    }
                }
            }
        }

        return violations;
    }

    /// <summary>
    /// Init containers run in order and before the regular containers (docs/timing-model.md, "Init containers and
    /// sidecars"): an init container or a regular container runs only once every regular init container before it
    /// has exited 0 and every sidecar before it has started; once a regular container has run, no regular init
    /// container runs again.
    /// </summary>
    public static List<string> InitContainersComeFirst(ScenarioRun run)
    {
        var violations = new List<string>();
        foreach (var pod in run.Model.Pods)
        {
            var obj = "Pod/default/" + pod.Name;
            var succeeded = new HashSet<string>(StringComparer.Ordinal);
            var started = new HashSet<string>(StringComparer.Ordinal);
            var regularRan = false;
            foreach (var entry in run.Journal)
            {
                if (entry.Transition is not { } t || t.Object != obj)
                {
                    continue;
                }

                var (init, name, field) = ParseContainerField(t.Field);
                if (name is null)
                {
                    continue;
                }

                var spec = init ? pod.InitContainers.FirstOrDefault(c => c.Name == name) : pod.Containers.FirstOrDefault(c => c.Name == name);
                if (spec is null)
                {
                    violations.Add("transition for an unknown container: " + t);
                    continue;
                }

                if (field == "state" && t.To == "Terminated(Completed, exitCode=0)" && init && !spec.Sidecar)
                {
                    succeeded.Add(name);
                }

                if (field == "started" && t.To == "true" && spec.Sidecar)
                {
                    started.Add(name);
                }

                if (field != "state" || t.To != "Running")
                {
                    continue;
                }

                // Every init container before this one (all of them for a regular container) must be done.
                var before = init ? pod.InitContainers.TakeWhile(c => c.Name != name) : pod.InitContainers;
                foreach (var earlier in before)
                {
                    if (earlier.Sidecar ? !started.Contains(earlier.Name) : !succeeded.Contains(earlier.Name))
                    {
                        violations.Add(t + " before " + (earlier.Sidecar ? "sidecar " + earlier.Name + " started" : "init container " + earlier.Name + " succeeded"));
                    }
                }

                if (init && !spec.Sidecar && regularRan)
                {
                    violations.Add(t + " after a regular container ran");
                }

                regularRan |= !init;
            }
        }

        return violations;
    }

    /// <summary>Time never goes backwards: not in the journal, not between pieces of work, never past the horizon.</summary>
    public static List<string> TimeNeverGoesBackwards(ScenarioRun run)
    {
        var violations = new List<string>();
        var last = TimeSpan.Zero;
        foreach (var entry in run.Journal)
        {
            if (entry.Offset < last)
            {
                violations.Add("time went back from +" + GoDuration.Format(last) + ": " + entry);
            }

            if (entry.Time != run.Sim.StartTime + entry.Offset)
            {
                violations.Add("time " + entry.Time.ToString("O", CultureInfo.InvariantCulture) + " does not match the offset: " + entry);
            }

            if (entry.Offset > run.Model.Horizon)
            {
                violations.Add("after the horizon: " + entry);
            }

            last = entry.Offset > last ? entry.Offset : last;
        }

        var previous = TimeSpan.Zero;
        foreach (var (elapsed, _) in run.Steps)
        {
            if (elapsed < previous)
            {
                violations.Add("the clock went back from +" + GoDuration.Format(previous) + " to +" + GoDuration.Format(elapsed));
            }

            previous = elapsed;
        }

        return violations;
    }

    /// <summary>
    /// Once a pod object is removed, no transition and no event is about it, and it does not come back. The one
    /// exception is a force delete (grace 0: the deletion timestamp is the removal's instant): the kubelet still stops
    /// the containers it was running, so its own events about that (a failing preStop hook) may follow, but nothing
    /// is written to the object.
    /// </summary>
    public static List<string> NothingHappensAfterRemoval(ScenarioRun run)
    {
        var violations = new List<string>();
        for (var p = 0; p < run.Model.Pods.Count; p++)
        {
            var name = run.Model.Pods[p].Name;
            var obj = "Pod/default/" + name;
            var removed = false;
            var forced = false;
            TimeSpan? deletionRequested = null;
            foreach (var entry in run.Journal)
            {
                var about = entry.Transition?.Object == obj ||
                    entry.Event?.Event.InvolvedObject is { Kind: "Pod", Name: var n, Namespace: "default" } && n == name;
                var kubeletCleanup = forced && entry.Event?.Event.Source?.Component == "kubelet";
                if (removed && about && !kubeletCleanup)
                {
                    violations.Add("after the removal of " + obj + ": " + entry);
                }

                if (entry.Transition is { Field: "metadata.deletionTimestamp" } d && d.Object == obj)
                {
                    deletionRequested = d.Offset;
                    forced = d.To == d.Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
                }

                if (entry.Transition is { Field: "metadata", To: "deleted" } t && t.Object == obj)
                {
                    removed = true;
                    forced &= deletionRequested == t.Offset;
                }
            }

            var gone = false;
            foreach (var (elapsed, pods) in run.Steps)
            {
                if (gone && pods[p] is not null)
                {
                    violations.Add("+" + GoDuration.Format(elapsed) + " pod " + name + " exists again after its removal");
                    break;
                }

                gone |= pods[p] is null && run.Steps[0].Pods[p] is not null;
            }

            if (gone != removed)
            {
                violations.Add("pod " + name + (gone ? " vanished without a removal transition" : " has a removal transition but still exists"));
            }
        }

        return violations;
    }

    /// <summary>A CrashLoopBackOff message's delay is within the configured curve: at least initial, at most max.</summary>
    public static List<string> BackOffWithinConfiguredMaximum(ScenarioRun run)
    {
        var violations = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (elapsed, pods) in run.Steps)
        {
            foreach (var pod in pods)
            {
                foreach (var status in AllStatuses(pod))
                {
                    if (status.State?.Waiting?.Message is not { } message || BackOffMessage().Match(message) is not { Success: true } match)
                    {
                        continue;
                    }

                    var delay = GoDuration.Parse(match.Groups[1].Value).Value;
                    if ((delay > run.Model.CrashLoopMax || delay < run.Model.CrashLoopInitial) && seen.Add(message))
                    {
                        violations.Add("+" + GoDuration.Format(elapsed) + " pod " + pod!.Metadata.Name + ": \"" + message + "\" is outside [" +
                            GoDuration.Format(run.Model.CrashLoopInitial) + ", " + GoDuration.Format(run.Model.CrashLoopMax) + "]");
                    }
                }
            }
        }

        return violations;
    }

    private static IEnumerable<ContainerStatus> AllStatuses(Pod? pod) =>
        pod?.Status is { } s ? s.InitContainerStatuses.Concat(s.ContainerStatuses) : [];

    private static string? Condition(PodStatus status, string type) => status.Conditions.FirstOrDefault(c => c.Type == type)?.Status;

    /// <summary>Splits <c>status.initContainerStatuses[x].state</c> into (true, x, state).</summary>
    private static (bool Init, string? Name, string? Field) ParseContainerField(string field)
    {
        var m = ContainerField().Match(field);
        return m.Success ? (m.Groups[1].Value == "initContainerStatuses", m.Groups[2].Value, m.Groups[3].Value) : (false, null, null);
    }

    [GeneratedRegex(@"^status\.(initContainerStatuses|containerStatuses)\[([^\]]+)\]\.(\w+)$")]
    private static partial Regex ContainerField();

    [GeneratedRegex(@"^back-off (\S+) restarting failed container=")]
    private static partial Regex BackOffMessage();
}
