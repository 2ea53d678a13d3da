using PodSim.Engine;
using PodSim.Model;

namespace PodSim.Tests.Properties;

/// <summary>
/// The invariant checks themselves: silent on a real run, and each reports the violation planted in a copy of it.
/// Without these a property could pass because its check never looks.
/// </summary>
public class InvariantCheckTests
{
    /// <summary>
    /// An init container that exits 0 after 2s, a sidecar, an app that exits 0 after 5s under Never (the pod
    /// Succeeds), and a delete at 30s (the pod is removed).
    /// </summary>
    private static readonly ScenarioModel Model = new(
        60, 0, 0, 0, 0, null, null, new ImageTableModel(0, 0),
        [
            new PodModel("pod-0", "Never", null, null,
                [
                    Container("init-0", init: true, sidecar: false, Exit(2)),
                    Container("side-1", init: true, sidecar: true, null),
                ],
                [Container("app-0", init: false, sidecar: false, Exit(5))]),
        ],
        [],
        [new ActionModel(30, Kill: false, 0, 0, null, Variant: false)]);

    private const string Pod = "Pod/default/pod-0";

    public static TheoryData<string> Names() => new(Checks.Keys);

    private static readonly Dictionary<string, (Func<ScenarioRun, List<string>> Check, Action<ScenarioRun> Plant)> Checks = new(StringComparer.Ordinal)
    {
        ["phase"] = (Invariants.PhaseStaysTerminal, r => r.Journal.Add(At(r, 40, "status.phase", "Succeeded", "Running"))),
        ["restartCount"] = (Invariants.RestartCountNeverDecreases, r => r.Journal.Add(At(r, 40, "status.containerStatuses[app-0].restartCount", "2", "1"))),
        ["ready"] = (Invariants.ReadyImpliesContainersReady, r => r.Steps.Add((r.Steps[^1].Elapsed, [WithConditions(Running(r), ready: true, containersReady: false)]))),
        ["containersReady"] = (Invariants.ReadyImpliesContainersReady, r => r.Steps.Add((r.Steps[^1].Elapsed, [WithConditions(Running(r), ready: false, containersReady: true)]))),
        ["init"] = (Invariants.InitContainersComeFirst, r => r.Journal.Insert(0, At(r, 0, "status.containerStatuses[app-0].state", "Waiting(PodInitializing)", "Running"))),
        ["time"] = (Invariants.TimeNeverGoesBackwards, r => r.Journal.Add(At(r, 1, "status.podIP", null, "10.244.0.9"))),
        ["removal"] = (Invariants.NothingHappensAfterRemoval, r => r.Journal.Add(At(r, 45, "status.podIP", null, "10.244.0.9"))),
        ["back-off"] = (Invariants.BackOffWithinConfiguredMaximum, r => r.Steps.Add((r.Steps[^1].Elapsed, [BackingOff(Running(r), "10m0s")]))),
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Invariant_check_is_silent_on_a_real_run_and_reports_a_planted_violation(string name)
    {
        var (check, plant) = Checks[name];
        var run = ScenarioRun.Play(Model);
        run.Sim.Transitions.Should().Contain(t => t.Field == "status.phase" && t.To == "Succeeded");
        run.Sim.Transitions.Should().Contain(t => t.Field == "metadata" && t.To == "deleted");
        check(run).Should().BeEmpty();

        plant(run);

        check(run).Should().NotBeEmpty();
    }

    private static ContainerModel Container(string name, bool init, bool sidecar, BehaviorModel? own) =>
        new(name, init, sidecar, 0, null, null, null, null, false, false, null, own);

    private static BehaviorModel Exit(int seconds) => new(null, null, seconds, 0, null, null, null, null, null, null, null, [], []);

    private static JournalEntry At(ScenarioRun run, int seconds, string field, string? from, string? to) =>
        new(new Transition(TimeSpan.FromSeconds(seconds), run.Sim.StartTime.AddSeconds(seconds), Pod, field, from, to), null);

    /// <summary>The pod as it stood while its app ran.</summary>
    private static Pod Running(ScenarioRun run) =>
        run.Steps.Select(s => s.Pods[0]).Last(p => p?.Status?.ContainerStatuses.Any(c => c.State?.Running is not null) == true)!;

    private static Pod WithConditions(Pod pod, bool ready, bool containersReady)
    {
        var status = pod.Status!;
        var conditions = status.Conditions.Select(c => c.Type switch
        {
            PodConditionTypes.Ready => c with { Status = ready ? ConditionStatuses.True : ConditionStatuses.False },
            PodConditionTypes.ContainersReady => c with { Status = containersReady ? ConditionStatuses.True : ConditionStatuses.False },
            _ => c,
        }).ToArray();
        var statuses = status.ContainerStatuses.Select(c => c with { Ready = false }).ToArray();
        return pod with { Status = status with { Conditions = conditions, ContainerStatuses = statuses } };
    }

    private static Pod BackingOff(Pod pod, string delay)
    {
        var status = pod.Status!;
        var waiting = new ContainerState { Waiting = new ContainerStateWaiting { Reason = "CrashLoopBackOff", Message = "back-off " + delay + " restarting failed container=app-0 pod=pod-0_default(x)" } };
        return pod with { Status = status with { ContainerStatuses = status.ContainerStatuses.Select(c => c with { State = waiting }).ToArray() } };
    }
}
