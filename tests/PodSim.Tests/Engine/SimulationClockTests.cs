using PodSim.Engine;
using PodSim.Model;
using PodSim.Scenarios;

namespace PodSim.Tests.Engine;

public class SimulationClockTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public void Clock_starts_at_the_default_epoch()
    {
        var sim = new Simulation();

        sim.Now.Should().Be(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        sim.Elapsed.Should().Be(TimeSpan.Zero);
        sim.Horizon.Should().Be(TimeSpan.FromMinutes(10));
    }

    [Fact]
    public void Scenario_sets_start_time_horizon_and_seed()
    {
        var start = new DateTimeOffset(2030, 6, 1, 12, 0, 0, TimeSpan.Zero);
        var sim = new Simulation(new Scenario { Spec = new ScenarioSpec { StartTime = start, Until = GoDuration.Parse("1h30m"), Seed = 42 } });

        sim.Now.Should().Be(start);
        sim.Horizon.Should().Be(TimeSpan.FromMinutes(90));
        sim.Seed.Should().Be(42);
    }

    public static TheoryData<string, string[]> TimerCases() => new()
    {
        // name, expected firing log "<name>@<seconds>"
        { "one-shot", ["a@5"] },
        { "periodic", ["p@2", "p@5", "p@8", "p@11"] },
        { "cancelled", [] },
        { "from-callback", ["outer@3", "inner@7"] },
        { "changed", ["c@9"] },
        { "zero-due", ["z@0"] },
    };

    [Theory]
    [MemberData(nameof(TimerCases))]
    public void Timers_fire_at_their_virtual_instants(string name, string[] expected)
    {
        var sim = new Simulation();
        var log = new List<string>();
        var tp = sim.TimeProvider;
        void Note(string what) => log.Add(what + "@" + sim.Elapsed.TotalSeconds);

        switch (name)
        {
            case "one-shot":
                tp.CreateTimer(_ => Note("a"), null, S(5), Timeout.InfiniteTimeSpan);
                break;
            case "periodic":
                tp.CreateTimer(_ => Note("p"), null, S(2), S(3));
                break;
            case "cancelled":
                tp.CreateTimer(_ => Note("x"), null, S(5), Timeout.InfiniteTimeSpan).Dispose();
                break;
            case "from-callback":
                tp.CreateTimer(_ =>
                {
                    Note("outer");
                    tp.CreateTimer(_ => Note("inner"), null, S(4), Timeout.InfiniteTimeSpan);
                }, null, S(3), Timeout.InfiniteTimeSpan);
                break;
            case "changed":
                var t = tp.CreateTimer(_ => Note("c"), null, S(5), Timeout.InfiniteTimeSpan);
                t.Change(S(9), Timeout.InfiniteTimeSpan);
                break;
            case "zero-due":
                tp.CreateTimer(_ => Note("z"), null, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
                break;
        }

        sim.RunUntil(S(12));

        log.Should().Equal(expected);
        sim.Elapsed.Should().Be(S(12));
    }

    [Fact]
    public void Work_at_the_same_instant_runs_by_priority_then_scheduling_order()
    {
        var sim = new Simulation();
        var log = new List<string>();
        sim.Enqueue(S(1), WorkTier.KubeletSync, () => log.Add("sync"));
        sim.Enqueue(S(1), WorkTier.Timer, () => log.Add("timer-1"));
        sim.Enqueue(S(1), WorkTier.ContainerExit, () => log.Add("exit"));
        sim.Enqueue(S(1), WorkTier.Action, () => log.Add("action"));
        sim.Enqueue(S(1), WorkTier.ProbeResult, () => log.Add("probe"));
        sim.Enqueue(S(1), WorkTier.Timer, () => log.Add("timer-2"));
        sim.Enqueue(S(0.5), WorkTier.KubeletSync, () => log.Add("earlier"));

        sim.RunUntil(S(1));

        log.Should().Equal("earlier", "exit", "probe", "timer-1", "timer-2", "action", "sync");
    }

    [Fact]
    public void Cancelled_work_does_not_run_and_is_not_counted()
    {
        var sim = new Simulation();
        var ran = false;
        var work = sim.Enqueue(S(1), WorkTier.Timer, () => ran = true);

        work.Cancel().Should().BeTrue();
        work.Cancel().Should().BeFalse("it was already cancelled");
        sim.RunUntil(S(10));

        ran.Should().BeFalse();
        sim.ProcessedWorkCount.Should().Be(0);
    }

    [Fact]
    public void Work_scheduled_in_the_past_runs_now()
    {
        var sim = new Simulation();
        sim.RunUntil(S(10));
        TimeSpan? ranAt = null;

        sim.Enqueue(S(3), WorkTier.Timer, () => ranAt = sim.Elapsed);
        sim.Step().Should().BeTrue();

        ranAt.Should().Be(S(10));
    }

    [Fact]
    public void Idle_time_costs_no_work()
    {
        var sim = new Simulation();
        sim.TimeProvider.CreateTimer(_ => { }, null, TimeSpan.FromHours(1), Timeout.InfiniteTimeSpan);

        sim.RunUntil(TimeSpan.FromDays(30));

        sim.ProcessedWorkCount.Should().Be(1);
        sim.Elapsed.Should().Be(TimeSpan.FromDays(30));
    }

    [Fact]
    public void Run_until_condition_stops_at_the_instant_it_holds()
    {
        var sim = new Simulation();
        var count = 0;
        sim.TimeProvider.CreateTimer(_ => count++, null, S(10), S(10));

        var held = sim.RunUntil(_ => count == 3, TimeSpan.FromMinutes(5));

        held.Should().BeTrue();
        sim.Elapsed.Should().Be(S(30));
    }

    [Fact]
    public void Run_until_condition_gives_up_at_the_bound()
    {
        var sim = new Simulation();

        var held = sim.RunUntil(_ => false, S(42));

        held.Should().BeFalse();
        sim.Elapsed.Should().Be(S(42));
    }

    [Fact]
    public void Time_provider_reads_virtual_time()
    {
        var sim = new Simulation();
        sim.RunUntil(TimeSpan.FromMinutes(2));

        sim.TimeProvider.GetUtcNow().Should().Be(sim.StartTime.AddMinutes(2));
        sim.TimeProvider.GetElapsedTime(0).Should().Be(TimeSpan.FromMinutes(2));
        sim.TimeProvider.LocalTimeZone.Should().Be(TimeZoneInfo.Utc);
    }

    [Fact]
    public void Seeded_random_repeats_for_the_same_seed()
    {
        var a = new Simulation(new Scenario { Spec = new ScenarioSpec { Seed = 7 } });
        var b = new Simulation(new Scenario { Spec = new ScenarioSpec { Seed = 7 } });

        Enumerable.Range(0, 5).Select(_ => a.Random.Next()).Should().Equal(Enumerable.Range(0, 5).Select(_ => b.Random.Next()));
    }

    [Fact]
    public void A_stale_handle_cannot_cancel_work_that_reuses_its_slot()
    {
        var sim = new Simulation();
        var ran = new List<string>();
        var first = sim.Enqueue(TimeSpan.FromSeconds(1), WorkTier.Timer, () => ran.Add("first"));
        sim.RunUntil(TimeSpan.FromSeconds(1));
        var second = sim.Enqueue(TimeSpan.FromSeconds(2), WorkTier.Timer, () => ran.Add("second"));

        first.IsPending.Should().BeFalse();
        first.Cancel().Should().BeFalse();
        second.IsPending.Should().BeTrue();
        sim.RunUntil(TimeSpan.FromSeconds(2));

        ran.Should().Equal("first", "second");
        second.IsPending.Should().BeFalse();
        first.Should().NotBe(second);
    }

    [Fact]
    public void Cancelled_work_frees_its_slot_and_never_runs()
    {
        var sim = new Simulation();
        var ran = 0;
        var handles = Enumerable.Range(0, 100).Select(i => sim.Enqueue(TimeSpan.FromSeconds(i), WorkTier.Timer, () => ran++)).ToList();
        handles.Where((_, i) => i % 2 == 0).ToList().ForEach(h => h.Cancel().Should().BeTrue());

        sim.RunUntil(TimeSpan.FromMinutes(5));

        ran.Should().Be(50);
        sim.ProcessedWorkCount.Should().Be(50);
        sim.NextDue().Should().BeNull();
        handles.Should().OnlyContain(h => !h.IsPending);
    }

    [Fact]
    public void RunUntil_an_earlier_instant_throws_and_points_to_At()
    {
        var sim = new Simulation();
        sim.RunUntil(TimeSpan.FromMinutes(1));

        var act = () => sim.RunUntil(S(12));

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("the simulation is at +1m0s and cannot run back to +12s; read an earlier state with Simulation.At(TimeSpan)*")
            .Which.ParamName.Should().Be("until");
        sim.Elapsed.Should().Be(TimeSpan.FromMinutes(1));
    }

    [Fact]
    public void RunUntil_the_current_instant_runs_the_work_still_due_then()
    {
        var sim = new Simulation();
        var ran = new List<string>();
        sim.RunUntil(S(5));
        sim.Enqueue(S(5), WorkTier.Action, () => ran.Add("now"));

        sim.RunUntil(S(5));

        ran.Should().Equal("now");
        sim.Elapsed.Should().Be(S(5));
    }

    [Fact]
    public void RunUntil_with_a_condition_refuses_an_earlier_bound()
    {
        var sim = new Simulation();
        sim.RunUntil(S(30));

        var act = () => sim.RunUntil(_ => true, S(10));

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("the simulation is at +30s and cannot run back to +10s*")
            .Which.ParamName.Should().Be("bound");
    }

    [Fact]
    public void RunFor_a_negative_span_throws()
    {
        var sim = new Simulation();
        sim.RunUntil(S(30));

        var act = () => sim.RunFor(S(-1));

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("the span must not be negative*").Which.ParamName.Should().Be("span");
        sim.Elapsed.Should().Be(S(30));
    }

    [Fact]
    public void RunUntil_before_the_start_throws()
    {
        var sim = new Simulation();

        var act = () => sim.RunUntil(S(-2));

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("the simulation is at +0s and cannot run back to -2s*");
    }
}
