using PodSim.Engine;
using PodSim.Scenarios;
using PodSim.Tests.Support;

namespace PodSim.Tests.Engine;

/// <summary>
/// Runs stay bounded: a work budget stops them with <see cref="WorkBudgetExceededException"/>, a run without history
/// keeps its memory flat, and the clock never goes past the last time a timestamp can hold.
/// </summary>
public class SimulationLimitsTests
{
    private const string CrashLoop = """
        apiVersion: podsim.io/v1alpha1
        kind: Scenario
        metadata: {name: loop}
        spec:
          behaviors:
          - {container: app, exitAfter: 5s, exitCode: 1}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec: {containers: [{name: app, image: busybox}]}
        """;

    [Fact]
    public void A_run_past_its_work_budget_stops_consistently_and_goes_on_when_the_budget_is_raised()
    {
        var limited = Sim.FromYaml(CrashLoop);
        limited.WorkBudget = 50;

        var act = () => limited.RunUntil(TimeSpan.FromHours(10));

        var stop = act.Should().Throw<WorkBudgetExceededException>().Which;
        stop.Budget.Should().Be(50);
        stop.Target.Should().Be(TimeSpan.FromHours(10));
        stop.Elapsed.Should().Be(limited.Elapsed);
        stop.Message.Should().Be("the run stopped at +" + PodSim.Model.GoDuration.Format(limited.Elapsed) +
            " of +10h0m0s: it processed 50 pieces of work, its work budget; raise spec.workBudget to go further");
        limited.ProcessedWorkCount.Should().Be(50);

        limited.WorkBudget = long.MaxValue;
        limited.RunUntil(TimeSpan.FromHours(10));
        var unlimited = Sim.Run(CrashLoop, TimeSpan.FromHours(10));
        Sim.Dump(limited).Should().Be(Sim.Dump(unlimited));
    }

    [Fact]
    public void The_scenario_sets_the_work_budget_and_the_default_is_far_above_the_benchmarks()
    {
        new Simulation(new ScenarioBuilder().WorkBudget(1234).Build()).WorkBudget.Should().Be(1234);
        new Simulation().WorkBudget.Should().Be(Simulation.DefaultWorkBudget).And.BeGreaterThan(1_000_000);
    }

    [Fact]
    public void A_work_budget_below_one_is_refused()
    {
        var sim = new Simulation();
        var act = () => sim.WorkBudget = 0;
        act.Should().Throw<ArgumentOutOfRangeException>();

        var build = () => new Simulation(new ScenarioBuilder("s").WorkBudget(0).Build());
        build.Should().Throw<SimulationInputException>().Which.Problems.Should().Equal(
            "Scenario/s: spec.workBudget: Invalid value: 0: must be greater than 0");
    }

    [Fact]
    public void Without_history_the_logs_stay_empty_and_observers_still_see_everything()
    {
        var sim = Sim.FromYaml(CrashLoop);
        var events = 0;
        var transitions = 0;
        sim.EventRecorded += (_, _) => events++;
        sim.TransitionRecorded += (_, _) => transitions++;
        var logged = (sim.EventOccurrences.Count, sim.Transitions.Count);

        sim.RecordHistory = false;
        sim.RunUntil(TimeSpan.FromHours(1));

        (sim.EventOccurrences.Count, sim.Transitions.Count).Should().Be(logged);
        events.Should().BeGreaterThan(30);
        transitions.Should().BeGreaterThan(30);
        sim.Events.Sum(e => e.Count ?? 0).Should().Be(events + logged.Item1, "the aggregated events are kept");
    }

    [Fact]
    public void A_start_time_whose_run_cannot_end_is_refused_with_a_field_path()
    {
        var late = new ScenarioBuilder("late").StartTime(new DateTimeOffset(9999, 12, 31, 23, 59, 0, TimeSpan.Zero)).Build();
        var tooLong = new ScenarioBuilder("long").StartTime(new DateTimeOffset(9999, 12, 1, 0, 0, 0, TimeSpan.Zero)).Until(TimeSpan.FromDays(31)).Build();

        var build = () => new Simulation(late);
        build.Should().Throw<SimulationInputException>().Which.Problems.Should().Equal(
            "Scenario/late: spec.startTime: Invalid value: \"9999-12-31T23:59:00Z\": the run would end after 9999-12-31T23:59:59Z, " +
            "the latest time a timestamp can hold (with the default until of 10m0s)");
        var buildLong = () => new Simulation(tooLong);
        buildLong.Should().Throw<SimulationInputException>().Which.Problems.Should().Equal(
            "Scenario/long: spec.until: Invalid value: \"744h0m0s\": the run would end after 9999-12-31T23:59:59Z, " +
            "the latest time a timestamp can hold (startTime is 9999-12-01T00:00:00Z)");
    }

    [Fact]
    public void A_run_may_end_at_the_last_second_but_not_after_it()
    {
        var sim = new Simulation(new ScenarioBuilder().StartTime(new DateTimeOffset(9999, 12, 31, 23, 0, 0, TimeSpan.Zero)).Until(TimeSpan.FromMinutes(59)).Build());
        sim.LatestOffset.Should().Be(TimeSpan.FromSeconds(3599));

        sim.RunUntil(sim.LatestOffset);
        sim.Now.Should().Be(new DateTimeOffset(9999, 12, 31, 23, 59, 59, TimeSpan.Zero));

        var act = () => sim.RunUntil(sim.LatestOffset + TimeSpan.FromSeconds(1));
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("the clock cannot go past 9999-12-31T23:59:59Z*");
        var forever = () => sim.RunFor(TimeSpan.MaxValue);
        forever.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void A_deletion_near_the_end_of_time_is_stamped_at_the_last_second()
    {
        var yaml = CrashLoop.Replace("metadata: {name: loop}\nspec:\n", "metadata: {name: loop}\nspec:\n  startTime: \"9999-12-31T23:58:00Z\"\n  until: 1m\n", StringComparison.Ordinal)
            .Replace("{container: app, exitAfter: 5s, exitCode: 1}", "{container: app, stopAfter: never}", StringComparison.Ordinal)
            .Replace("spec: {containers:", "spec: {terminationGracePeriodSeconds: 3600, containers:", StringComparison.Ordinal);
        var sim = Sim.FromYaml(yaml);
        sim.RunUntil(TimeSpan.FromSeconds(30));

        sim.DeletePod("web").Should().BeTrue();

        sim.GetPod("web")!.Metadata!.DeletionTimestamp.Should().Be(new DateTimeOffset(9999, 12, 31, 23, 59, 59, TimeSpan.Zero));
    }
}
