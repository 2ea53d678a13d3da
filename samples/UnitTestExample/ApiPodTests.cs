using FluentAssertions;
using FluentAssertions.Extensions;
using PodSim;
using PodSim.Printing;
using PodSim.Testing;
using Xunit;

namespace UnitTestExample;

/// <summary>
/// Checks a real manifest (manifests/api.yaml) against the way the kubelet will treat it, without a cluster: a
/// scenario says how the containers behave, PodSim plays the pod out on a virtual clock, and PodSim.Testing's
/// assertions read its timeline: what happened, to which container, at which instant. Each test runs in milliseconds;
/// a failing one prints the pod's transitions and events around the instant in question.
/// </summary>
public class ApiPodTests
{
    private static readonly string Manifest = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "manifests", "api.yaml"));

    /// <summary>
    /// The manifest plus a scenario: the database is reachable after 3s, the migration does <paramref name="migrate"/>,
    /// and the API answers its probes <paramref name="warmUp"/> after it starts.
    /// </summary>
    private static Simulation Simulate(string migrate = "exitAfter: 5s", string warmUp = "45s") =>
        PodSimTest.FromYaml($$"""
            apiVersion: podsim.io/v1alpha1
            kind: Scenario
            metadata: {name: api-startup}
            spec:
              images: [{image: "busybox:1.36", present: true}, {image: "registry.example/api:2.0", present: true}]
              behaviors:
              - {container: wait-for-db, exitAfter: 3s}
              - {container: migrate, {{migrate}}}
              - {container: api, readyAfter: {{warmUp}}}
            ---
            {{Manifest}}
            """);

    [Fact]
    public void The_init_containers_run_in_order_before_the_api()
    {
        var sim = Simulate();
        sim.RunUntil(1.Minutes());

        sim.EventOccurrences.Should().ContainInOrder(
            "+0s Normal Started Pod/api spec.initContainers{wait-for-db}",
            "+3s Normal Started Pod/api spec.initContainers{migrate}",
            "+8s Normal Started Pod/api spec.containers{api}");
        sim.Should().HavePod("api")
            .ThatHadContainerState("wait-for-db", "Terminated(Completed, exitCode=0)", 3.Seconds())
            .And.ThatHadContainerState("migrate", "Terminated(Completed, exitCode=0)", 8.Seconds());
    }

    [Fact]
    public void The_api_becomes_ready_at_the_first_startup_probe_after_its_warm_up()
    {
        var sim = Simulate(warmUp: "45s");

        // The clock stops where the pod turns Ready; past the bound, SimulationTimeoutException says what it did instead.
        sim.RunUntilReady("api", 5.Minutes()).Should().BeInPhase("Running").And.BeReady();

        // Started at +8s, probed every 5s from then on: the probe at +53s is the first one after the 45s warm-up.
        sim.Should().HavePod("api").ThatBecameReadyAt(53.Seconds()).And.ThatRestarted(0.Times());
        sim.At(30.Seconds()).GetPod("api").Should().NotBeReady();
    }

    [Fact]
    public void A_warm_up_longer_than_the_startup_budget_gets_the_api_killed_again_and_again()
    {
        var sim = Simulate(warmUp: "90s");
        sim.RunUntil(4.Minutes());

        // The startup probe allows 12 failures x 5s = 60s: the 12th fails 55s after each start (at +8s, +63s at once,
        // then +128s after 10s of back-off), so a 90s warm-up never makes it.
        sim.EventOccurrences.Should().ContainInOrder(
            "+63s Normal Killing Pod/api spec.containers{api}: Container api failed startup probe, will be restarted",
            "+118s Killing Pod/api",
            "+183s Killing Pod/api");
        sim.Should().HavePod("api").ThatContainerRestarted("api", 3.Times()).And.ThatNeverBecameReady();
    }

    [Fact]
    public void A_failing_migration_crash_loops_and_the_api_never_starts()
    {
        var sim = Simulate(migrate: "exitAfter: 5s, exitCode: 1");
        sim.RunUntil(2.Minutes());

        // The migration exits at +8s and restarts at once, then after 10s, 20s and 40s of back-off.
        sim.EventOccurrences.Should().ContainInOrder(
            "+8s Started Pod/api spec.initContainers{migrate}",
            "+23s Started Pod/api spec.initContainers{migrate}",
            "+48s Started Pod/api spec.initContainers{migrate}",
            "+93s Started Pod/api spec.initContainers{migrate}");
        sim.Should().HavePod("api").ThatContainerRestarted("migrate", 4.Times()).Within(93.Seconds());
        sim.EventOccurrences.Should().NotContain("Started Pod/api spec.containers{api}");

        var pod = sim.GetPod("api");
        pod.Should().BeInPhase("Pending").And.HaveContainerState("migrate", "Waiting(CrashLoopBackOff)");
        PodRowBuilder.Build(pod!, sim.Now).Status.Should().Be("Init:CrashLoopBackOff");
    }
}
