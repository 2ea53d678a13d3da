using PodSim.Model;
using PodSim.Tests.Support;

namespace PodSim.Tests.Kubelet;

/// <summary>Regression tests for the defects a review of the kubelet simulation found (one test per finding).</summary>
public class ReviewFindingsTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    private static string Pod(string scenario, string container, string podSpec = "") => $$$"""
        apiVersion: podsim.io/v1alpha1
        kind: Scenario
        metadata: {name: review}
        spec:
          images: [{image: "app:1", present: true}]
        {{{scenario}}}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
        {{{podSpec}}}
          containers:
          - name: app
            image: app:1
        {{{container}}}
        """;

    private const string PostStartHook = "    lifecycle: {postStart: {exec: {command: [sh, -c, init]}}, preStop: {exec: {command: [sh, -c, drain]}}}";

    [Fact]
    public void PostStart_failure_kill_that_ends_during_termination_finishes_and_removes_the_pod()
    {
        var sim = Sim.Run(
            Pod("  behaviors: [{container: app, postStart: {duration: 5s, result: Failure}, preStop: {duration: 20s}}]\n  actions: [{at: 10s, delete: {pod: web}}]", PostStartHook),
            S(100));

        sim.GetPod("web").Should().BeNull();
        Sim.TransitionLines(sim).Should().Contain("25s metadata: present -> deleted");
        Sim.TransitionLines(sim, "status.phase").Should().Equal("25s status.phase: Pending -> Running", "25s status.phase: Running -> Failed");
    }

    [Fact]
    public void A_start_that_completes_after_termination_began_is_never_shown_running_nor_probed()
    {
        var sim = Sim.Run(
            Pod(
                "  behaviors: [{container: app, stopAfter: never, postStart: {duration: 10s}, probes: {liveness: [{result: Failure}]}}]\n  actions: [{at: 5s, delete: {pod: web}}]",
                PostStartHook + "\n    livenessProbe: {httpGet: {path: /healthz, port: 8080}, periodSeconds: 5}"),
            S(100));

        sim.Events.Should().NotContain(e => e.Reason == "Unhealthy");
        sim.Transitions.Should().NotContain(t => t.Field == "status.conditions[Ready]" && t.To == "True");
        sim.Transitions.Single(t => t.To == "deleted").Offset.Should().Be(S(35));
    }

    [Fact]
    public void Pod_deleted_before_its_container_ever_ran_ends_Failed_with_ContainerStatusUnknown()
    {
        var sim = Sim.FromYaml(Pod("  images: [{image: \"app:1\", failPulls: always}]\n  actions: [{at: 15s, delete: {pod: web}}]", string.Empty)
            .Replace("  images: [{image: \"app:1\", present: true}]\n", string.Empty, StringComparison.Ordinal));
        sim.RunUntil(S(20));

        sim.GetPod("web").Should().BeNull();
        Sim.TransitionLines(sim).Where(l => l.StartsWith("15s", StringComparison.Ordinal)).Should().Equal(
            "15s metadata.deletionTimestamp:  -> 2025-01-01T00:00:45Z",
            "15s status.phase: Pending -> Failed",
            "15s status.conditions[PodReadyToStartContainers]: True -> False",
            "15s status.containerStatuses[app].state: Waiting(ImagePullBackOff) -> Terminated(ContainerStatusUnknown, exitCode=137)",
            "15s metadata: present -> deleted");
    }

    [Fact]
    public void Status_of_a_container_being_started_is_frozen_even_when_another_container_changes()
    {
        var sim = Sim.Run(
            """
            apiVersion: podsim.io/v1alpha1
            kind: Scenario
            metadata: {name: frozen}
            spec:
              images: [{image: "app:1", present: true}]
              behaviors:
              - {container: a, runs: [{exitAfter: 5s, exitCode: 1}, {postStart: {duration: 20s}}]}
              - {container: b, readyAfter: 10s}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
              - name: a
                image: app:1
                lifecycle: {postStart: {exec: {command: [sh, -c, init]}}}
              - name: b
                image: app:1
                readinessProbe: {httpGet: {path: /ready, port: 8080}, periodSeconds: 1}
            """,
            S(30));

        Sim.TransitionLines(sim, "containerStatuses[a].restartCount").Should().Equal("25s status.containerStatuses[a].restartCount: 0 -> 1");
        Sim.TransitionLines(sim, "containerStatuses[b].ready").Should().Equal("10s status.containerStatuses[b].ready: false -> true");
    }

    [Fact]
    public void A_delete_of_a_pod_failed_by_its_deadline_removes_it_at_once()
    {
        // The deadline made the phase Failed at 10 s while the containers were still being stopped; the API server
        // deletes a pod in a terminal phase without grace (pkg/registry/core/pod/strategy.go CheckGracefulDelete).
        var sim = Sim.Run(
            Pod(
                "  behaviors: [{container: app, stopAfter: never}]\n  actions: [{at: 15s, delete: {pod: web, gracePeriodSeconds: 0}}]",
                string.Empty,
                "  activeDeadlineSeconds: 10\n  terminationGracePeriodSeconds: 60"),
            S(100));

        sim.Transitions.Single(t => t.To == "deleted").Offset.Should().Be(S(15));
        sim.Transitions.Should().NotContain(t => t.Offset > S(15));
    }

    [Fact]
    public void A_delete_with_a_shorter_grace_shortens_a_termination_under_way()
    {
        var sim = Sim.Run(
            Pod(
                "  behaviors: [{container: app, stopAfter: never}]\n  actions: [{at: 15s, delete: {pod: web, gracePeriodSeconds: 60}}, {at: 20s, delete: {pod: web, gracePeriodSeconds: 0}}]",
                string.Empty,
                "  terminationGracePeriodSeconds: 60"),
            S(100));

        sim.Transitions.Single(t => t.To == "Terminated(Error, exitCode=137)").Offset.Should().Be(S(22));
        sim.Transitions.Single(t => t.To == "deleted").Offset.Should().Be(S(22));
    }

    [Fact]
    public void Huge_grace_periods_do_not_overflow()
    {
        var sim = Sim.Run(
            Pod("  actions: [{at: 5s, delete: {pod: web}}]", string.Empty, "  terminationGracePeriodSeconds: 9223372036854775807"),
            S(10));

        sim.GetPod("web").Should().BeNull("the process exits at once on SIGTERM");
    }

    [Fact]
    public void Probe_attempts_are_sequential_when_the_timeout_reaches_the_period()
    {
        var sim = Sim.Run(
            Pod(
                "  behaviors: [{container: app, probes: {liveness: [{latency: 1m, result: Success}]}}]",
                "    livenessProbe: {httpGet: {path: /healthz, port: 8080}, periodSeconds: 3, timeoutSeconds: 10, failureThreshold: 3}"),
            S(31));

        sim.EventOccurrences.Where(e => e.Event.Reason == "Unhealthy").Select(e => e.Offset.TotalSeconds).Should().Equal(10, 20, 30);
        sim.EventOccurrences.Single(e => e.Event.Reason == "Killing").Offset.Should().Be(S(30));
    }

    [Fact]
    public void Active_deadline_counts_from_the_whole_second_start_time()
    {
        var sim = Sim.Run(Pod("  latency: {scheduling: 1500ms}", string.Empty, "  activeDeadlineSeconds: 60"), S(70));

        sim.GetPod("web")!.Status!.StartTime.Should().Be(sim.StartTime + S(1));
        sim.EventOccurrences.Single(e => e.Event.Reason == "DeadlineExceeded").Offset.Should().Be(S(61));
    }

    [Fact]
    public void Image_back_off_expires_after_twice_its_maximum()
    {
        var sim = Sim.Run(
            Pod("  kubelet: {imagePullBackOff: {initial: 10s, max: 20m}}", string.Empty)
                .Replace("present: true", "failPulls: always", StringComparison.Ordinal),
            S(2600));

        sim.EventOccurrences.Where(e => e.Event.Reason == "Pulling").Select(e => e.Offset.TotalSeconds)
            .Should().Equal(0, 10, 30, 70, 150, 310, 630, 1270, 2470);
    }

    [Fact]
    public void Memory_steps_apply_in_time_order_whatever_the_list_order()
    {
        var sim = Sim.Run(
            Pod("  behaviors: [{container: app, memory: {steps: [{at: 20s, usage: 150Mi}, {at: 10s, usage: 50Mi}]}}]", "    resources: {limits: {memory: 100Mi}}"),
            S(25));

        sim.Transitions.Where(t => t.To == "Terminated(OOMKilled, exitCode=137)").Select(t => t.Offset.TotalSeconds).Should().Equal(20);
    }

    [Theory]
    [InlineData("sidecar", "+10s spec.actions[0].kill: container \"sidecar\" not found in pod")]
    [InlineData("app", "+10s spec.actions[0].kill: container \"app\" is not running")]
    public void Kill_of_a_missing_or_stopped_container_is_reported(string container, string warning)
    {
        var sim = Sim.Run(
            Pod("  behaviors: [{container: app, exitAfter: 5s}]\n  actions: [{at: 10s, kill: {pod: web, container: " + container + "}}]", string.Empty, "  restartPolicy: Never"),
            S(20));

        sim.Warnings.Should().Equal(warning);
    }

    [Fact]
    public void A_scenario_built_in_code_is_validated_like_one_loaded_from_yaml()
    {
        var act = () => new PodSim.Simulation(new PodSim.Scenarios.ScenarioBuilder("bad")
            .Behavior(new PodSim.Scenarios.BehaviorSpec { ExitCode = 300 })
            .Build());

        act.Should().Throw<PodSim.SimulationInputException>()
            .Which.Problems.Should().Equal("Scenario/bad: spec.behaviors[0].exitCode: Invalid value: 300: must be between 0 and 255, inclusive");
    }

    [Fact]
    public void An_invalid_scenario_in_manifests_is_reported_before_anything_runs()
    {
        var act = () => Sim.FromYaml(Pod("  kubelet: {crashLoopBackOff: {max: 5s}}", string.Empty));

        act.Should().Throw<PodSim.SimulationInputException>()
            .Which.Problems.Should().ContainSingle().Which.Should().EndWith("Scenario/review: spec.kubelet.crashLoopBackOff.max: Invalid value: \"5s\": must be greater than or equal to initial (10s)");
    }

    [Fact]
    public void A_later_hook_override_without_a_result_keeps_the_earlier_result()
    {
        var sim = Sim.Run(
            Pod("  behaviors:\n  - {container: app, postStart: {result: Failure}}\n  - {container: app, postStart: {duration: 2s}}", PostStartHook, "  restartPolicy: Never"),
            S(10));

        sim.EventOccurrences.Single(e => e.Event.Reason == "FailedPostStartHook").Offset.Should().Be(S(2));
    }

    [Fact]
    public void A_duplicate_object_says_it_already_exists()
    {
        var act = () => Sim.FromYaml(Pod(string.Empty, string.Empty) + "\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec: {containers: [{name: app, image: app:1}]}\n");

        act.Should().Throw<PodSim.SimulationInputException>()
            .Which.Problems.Should().ContainSingle().Which.Should().EndWith("Pod/web: metadata.name: Duplicate value: \"web\": pods \"web\" already exists");
    }

    [Fact]
    public void Warnings_of_an_inline_create_manifest_are_reported()
    {
        var sim = Sim.Run(
            Pod("  actions: [{at: 5s, create: {manifest: \"{apiVersion: v1, kind: ConfigMap, metadata: {name: cm}, dta: {k: v}}\"}}]", string.Empty),
            S(10));

        sim.Warnings.Should().ContainSingle().Which.Should().Contain("spec.actions[0].create").And.Contain("dta: unknown field");
    }

    [Fact]
    public void An_invalid_object_in_an_inline_create_manifest_is_a_validation_error()
    {
        var act = () => Sim.FromYaml(Pod("  actions: [{at: 5s, create: {manifest: \"{apiVersion: v1, kind: Pod, metadata: {name: Bad_Name}, spec: {containers: [{name: app, image: app:1}]}}\"}}]", string.Empty));

        act.Should().Throw<PodSim.SimulationInputException>()
            .Which.Problems.Should().ContainSingle().Which.Should().Contain("Scenario/review: spec.actions[0].create.manifest: Invalid value: \"...\": Pod/Bad_Name: metadata.name: Invalid value: \"Bad_Name\"");
    }
}
