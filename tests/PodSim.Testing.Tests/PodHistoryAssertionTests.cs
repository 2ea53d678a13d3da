using FluentAssertions.Execution;
using Xunit.Sdk;

namespace PodSim.Testing.Tests;

/// <summary>What <c>sim.Should().HavePod(...)</c> accepts and refuses, on simulations whose timelines are known.</summary>
public class PodHistoryAssertionTests
{
    private static Simulation CrashLoop() => PodSimTest.Run(Scenarios.CrashLoop, 1.Minutes());

    private static Simulation SlowReady() => PodSimTest.Run(Scenarios.SlowReady, 1.Minutes());

    private static Simulation JobAndDeletion() => PodSimTest.Run(Scenarios.JobAndDeletion, 2.Minutes());

    private static string FailureOf(Action act) => act.Should().Throw<XunitException>().Which.Message;

    [Fact]
    public void A_crash_looping_pod_restarted_three_times_within_its_first_45_seconds() =>
        CrashLoop().Should().HavePod("web")
            .ThatRestarted(3.Times()).Within(45.Seconds())
            .And.ThatContainerRestarted("app", 3)
            .And.ThatHadContainerState("app", "Waiting(CrashLoopBackOff)", 10.Seconds())
            .And.ThatHadContainerState("app", "Terminated(Error, exitCode=1)")
            .And.ThatHadContainerState("app", ContainerStateValue.Terminated("Error", null))
            .And.ThatHadEvent("BackOff", 10.Seconds())
            .And.ThatBecameReadyAt(20.Seconds());

    [Fact]
    public void Restarts_are_counted_exactly()
    {
        var sim = CrashLoop();

        FailureOf(() => sim.Should().HavePod("web").ThatRestarted(2)).Should().StartWith("Expected pod default/web to restart twice, but it restarted 3 times (at +5s, +20s and +45s).");
        FailureOf(() => sim.Should().HavePod("web").ThatRestarted(3).Within(30.Seconds()))
            .Should().StartWith("Expected pod default/web to restart 3 times within 30s of its first record at +0s, but its 3rd restart came at +45s, 45s after it.");
        FailureOf(() => sim.Should().HavePod("web").ThatContainerRestarted("sidecar", 1)).Should().StartWith("Expected container sidecar of pod default/web to restart once, but it restarted 0 times.");
    }

    [Fact]
    public void Ready_is_asserted_at_the_instant_the_condition_became_true()
    {
        var sim = SlowReady();

        sim.Should().HavePod("web").ThatBecameReadyAt(15.Seconds()).And.ThatBecameReady().And.ThatHadCondition("Ready", "False", 14.Seconds());
        FailureOf(() => sim.Should().HavePod("web").ThatBecameReadyAt(10.Seconds())).Should().StartWith("Expected pod default/web to become Ready at +10s, but it became Ready at +15s.");
        FailureOf(() => sim.Should().HavePod("web").ThatNeverBecameReady()).Should().StartWith("Expected pod default/web never to become Ready, but it became Ready at +15s.");
    }

    [Fact]
    public void An_instant_past_the_clock_is_said_to_be_unreached()
    {
        var sim = PodSimTest.Run(Scenarios.SlowReady, 5.Seconds());

        FailureOf(() => sim.Should().HavePod("web").ThatBecameReadyAt(15.Seconds()))
            .Should().StartWith("Expected pod default/web to become Ready at +15s, but it never became Ready (the simulation has run only to +5s).");
    }

    [Fact]
    public void Phases_include_the_pending_start_and_every_change()
    {
        var pods = JobAndDeletion().Should();

        pods.HavePod("once").ThatReachedPhase("Pending", TimeSpan.Zero).And.ThatReachedPhase("Running", 1.Seconds()).And.ThatReachedPhase("Succeeded", 4.Seconds())
            .And.ThatHadContainerState("setup", "Terminated(Completed)", 2.Seconds())
            .And.ThatHadContainerState("task", "Terminated(exitCode=0)")
            .And.ThatRestarted(0.Times());
        FailureOf(() => pods.HavePod("once").ThatReachedPhase("Failed"))
            .Should().StartWith("Expected pod default/once to reach phase Failed, but its phase was Pending at +0s, Running at +1s and Succeeded at +4s.");
    }

    [Fact]
    public void Deletion_is_the_pod_leaving_the_api_server()
    {
        var pods = JobAndDeletion().Should();

        pods.HavePod("server").ThatWasDeleted(62.Seconds()).And.ThatReachedPhase("Failed", 62.Seconds());
        FailureOf(() => pods.HavePod("once").ThatWasDeleted()).Should().StartWith("Expected pod default/once to be deleted, but it was not deleted.");
        pods.HavePod("server").Which.Should().BeNull("a deleted pod is gone");
    }

    [Fact]
    public void A_pod_never_seen_fails_with_the_pods_that_were()
    {
        var sim = JobAndDeletion();

        FailureOf(() => sim.Should().HavePod("missing")).Should().Be("Expected the simulation to have pod default/missing, but it has pods default/once, default/server.");
        FailureOf(() => sim.Should().HavePod("once", "prod")).Should().StartWith("Expected the simulation to have pod prod/once");
        sim.Should().NotHavePod("missing");
        FailureOf(() => sim.Should().NotHavePod("once")).Should().StartWith("Expected the simulation not to have pod default/once, but it has, from +0s.");
    }

    [Fact]
    public void A_state_of_a_container_the_pod_lacks_names_its_containers() =>
        FailureOf(() => CrashLoop().Should().HavePod("web").ThatHadContainerState("db", "Running"))
            .Should().StartWith("Expected container db of pod default/web to be Running at some instant, but the pod has no container db (its containers: app).");

    [Fact]
    public void The_reason_is_worded_as_in_fluent_assertions()
    {
        var sim = SlowReady();

        FailureOf(() => sim.Should().HavePod("web").ThatBecameReadyAt(10.Seconds(), "the probe passes after {0}s", 10))
            .Should().StartWith("Expected pod default/web to become Ready at +10s because the probe passes after 10s, but it became Ready at +15s.");
        FailureOf(() => sim.Should().HavePod("web").ThatNeverBecameReady("because it is never ready"))
            .Should().StartWith("Expected pod default/web never to become Ready because it is never ready, but");
    }

    [Fact]
    public void An_assertion_scope_collects_every_failure()
    {
        var sim = CrashLoop();

        var message = FailureOf(() =>
        {
            using var scope = new AssertionScope();
            sim.Should().HavePod("web").ThatRestarted(5).And.ThatBecameReadyAt(1.Hours());
        });

        message.Should().Contain("to restart 5 times").And.Contain("to become Ready at +1h0m0s");
    }

    [Fact]
    public void The_timeline_window_bounds_the_excerpt()
    {
        var sim = CrashLoop();

        var narrow = FailureOf(() => sim.Should().HavePod("web").WithTimelineWindow(2.Seconds()).ThatBecameReadyAt(20.Seconds() + 1.Seconds()));

        narrow.Should().Contain("Timeline of pod default/web, +19s to +23s:").And.Contain("+20s Pod/default/web status.conditions[Ready]: False -> True")
            .And.NotContain("+25s");
    }

    [Fact]
    public void A_container_state_pattern_that_is_not_one_is_refused() =>
        FluentActions.Invoking(() => CrashLoop().Should().HavePod("web").ThatHadContainerState("app", "Crashed"))
            .Should().Throw<ArgumentException>().WithMessage("not a container state: \"Crashed\"*");

    [Fact]
    public void The_timeline_of_a_pod_is_its_own_lines()
    {
        var timeline = JobAndDeletion().Should().HavePod("once").Timeline;

        timeline.Should().NotBeEmpty().And.OnlyContain(l => l.Contains("Pod/default/once ", StringComparison.Ordinal) || l.Contains("Pod/once", StringComparison.Ordinal));
        timeline[0].Should().Be("+0s Normal Scheduled Pod/once: Successfully assigned default/once to node-1");
    }
}
