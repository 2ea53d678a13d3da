using System.Globalization;
using CsCheck;
using Xunit.Abstractions;

namespace PodSim.Tests.Properties;

/// <summary>
/// The properties prove something only if the generated scenarios reach the interesting paths: this checks that
/// the scenarios the CI run draws reach each of them at least once.
/// </summary>
public class GeneratorCoverageTests(ITestOutputHelper output)
{
    /// <summary>Each path, and how to recognise it in a played scenario.</summary>
    private static readonly (string Name, Func<ScenarioRun, bool> Reached)[] Paths =
    [
        ("a regular container runs", r => Transitions(r).Any(t => t.Field.StartsWith("status.containerStatuses[", StringComparison.Ordinal) && t.To == "Running")),
        ("a sidecar starts", r => Transitions(r).Any(t => t.Field.StartsWith("status.initContainerStatuses[side-", StringComparison.Ordinal) && t.Field.EndsWith(".started", StringComparison.Ordinal) && t.To == "true")),
        ("an init container completes", r => Transitions(r).Any(t => t.Field.StartsWith("status.initContainerStatuses[init-", StringComparison.Ordinal) && t.To == "Terminated(Completed, exitCode=0)")),
        ("a pod is Ready", r => Transitions(r).Any(t => t.Field == "status.conditions[Ready]" && t.To == "True")),
        ("a pod Succeeds", r => Transitions(r).Any(t => t.Field == "status.phase" && t.To == "Succeeded")),
        ("a pod Fails", r => Transitions(r).Any(t => t.Field == "status.phase" && t.To == "Failed")),
        ("a pod is removed", r => Transitions(r).Any(t => t.Field == "metadata" && t.To == "deleted")),
        ("a container restarts", r => Transitions(r).Any(t => t.Field.EndsWith(".restartCount", StringComparison.Ordinal))),
        ("a sidecar restarts", r => Transitions(r).Any(t => t.Field.StartsWith("status.initContainerStatuses[side-", StringComparison.Ordinal) && t.Field.EndsWith(".restartCount", StringComparison.Ordinal))),
        ("crash-loop back-off", r => Transitions(r).Any(t => t.To == "Waiting(CrashLoopBackOff)")),
        ("the back-off reaches its maximum", r => r.Steps.Any(s => s.Pods.Any(p => p?.Status?.ContainerStatuses.Concat(p.Status.InitContainerStatuses).Any(c =>
            c.State?.Waiting?.Message?.StartsWith("back-off " + PodSim.Model.GoDuration.Format(r.Model.CrashLoopMax) + " ", StringComparison.Ordinal) == true) == true))),
        ("an OOM kill", r => Transitions(r).Any(t => t.To?.StartsWith("Terminated(OOMKilled", StringComparison.Ordinal) == true)),
        ("a kill action", r => r.Model.Actions.Any(a => a.Kill) && Transitions(r).Any(t => t.To == "Terminated(Error, exitCode=137)")),
        ("image pull back-off", r => Transitions(r).Any(t => t.To == "Waiting(ImagePullBackOff)")),
        ("an image that may never be pulled", r => Transitions(r).Any(t => t.To == "Waiting(ErrImageNeverPull)")),
        ("an invalid image name", r => Transitions(r).Any(t => t.To == "Waiting(InvalidImageName)")),
        ("a probe fails", r => Events(r).Contains("Unhealthy")),
        ("a liveness kill", r => r.Sim.EventOccurrences.Any(e => e.Event.Reason == "Killing" && e.Event.Message?.Contains("failed liveness probe", StringComparison.Ordinal) == true)),
        ("a startup probe kill", r => r.Sim.EventOccurrences.Any(e => e.Event.Reason == "Killing" && e.Event.Message?.Contains("failed startup probe", StringComparison.Ordinal) == true)),
        ("a failing postStart hook", r => Events(r).Contains("FailedPostStartHook")),
        ("a failing preStop hook", r => Events(r).Contains("FailedPreStopHook")),
        ("a deadline", r => Events(r).Contains("DeadlineExceeded")),
        ("a graceful delete", r => Transitions(r).Any(t => t.Field == "metadata.deletionTimestamp")),
    ];

    [Fact]
    public void Generated_scenarios_reach_every_lifecycle_path()
    {
        var count = Math.Min(PropertyCheck.ScenarioCount, 300);
        var reached = new int[Paths.Length];
        for (var i = 0; i < count; i++)
        {
            var run = ScenarioRun.Play(ScenarioGen.Scenario.Generate(new PCG(1, (ulong)i), null, out _));
            for (var p = 0; p < Paths.Length; p++)
            {
                reached[p] += Paths[p].Reached(run) ? 1 : 0;
            }
        }

        for (var p = 0; p < Paths.Length; p++)
        {
            output.WriteLine(Paths[p].Name + ": " + reached[p].ToString(CultureInfo.InvariantCulture) + " of " + count.ToString(CultureInfo.InvariantCulture));
        }

        Paths.Select((path, p) => (path.Name, Count: reached[p])).Where(x => x.Count == 0).Select(x => x.Name).Should().BeEmpty();
    }

    private static IEnumerable<PodSim.Transition> Transitions(ScenarioRun run) => run.Sim.Transitions;

    private static HashSet<string> Events(ScenarioRun run) => run.Sim.EventOccurrences.Select(e => e.Event.Reason ?? string.Empty).ToHashSet(StringComparer.Ordinal);
}
