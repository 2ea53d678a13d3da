using PodSim.Engine;
using PodSim.Model;
using PodSim.Tests.Support;

namespace PodSim.Tests.Kubelet;

/// <summary>Probes with exact times (<c>pkg/kubelet/prober/worker.go</c>; docs/timing-model.md).</summary>
public class ProbeTimelineTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    private static string Pod(string behavior, string probes, string podSpec = "") => $$$"""
        apiVersion: podsim.io/v1alpha1
        kind: Scenario
        metadata: {name: probes}
        spec:
          images: [{image: "nginx:1.25", present: true}]
          behaviors:
          - {container: app, {{{behavior}}} }
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
        {{{podSpec}}}
          containers:
          - name: app
            image: nginx:1.25
            ports: [{name: http, containerPort: 8080}]
        {{{probes}}}
        """;

    private static List<double> Times(Simulation sim, string reason) =>
        sim.EventOccurrences.Where(e => e.Event.Reason == reason).Select(e => e.Offset.TotalSeconds).ToList();

    [Fact]
    public void Readiness_passes_at_the_first_probe_after_readyAfter()
    {
        var sim = Sim.Run(Pod("readyAfter: 25s", "    readinessProbe: {httpGet: {path: /ready, port: http}, periodSeconds: 10}"), S(60));

        Times(sim, "Unhealthy").Should().Equal(0, 10, 20);
        sim.Events.Single(e => e.Reason == "Unhealthy").Should().Match<Event>(e =>
            e.Message == "Readiness probe failed: HTTP probe failed with statuscode: 500" && e.Count == 3 && e.Type == "Warning");
        Sim.TransitionLines(sim, "conditions[Ready]").Should().Equal(
            "0s status.conditions[Ready]:  -> False",
            "30s status.conditions[Ready]: False -> True");
        Sim.TransitionLines(sim, "].ready").Should().Equal("30s status.containerStatuses[app].ready: false -> true");
    }

    [Theory]
    [InlineData(29, "0/1")]
    [InlineData(30, "1/1")]
    public void Kubectl_ready_column_follows_readiness(double at, string ready)
    {
        var sim = Sim.Run(Pod("readyAfter: 25s", "    readinessProbe: {httpGet: {path: /ready, port: http}, periodSeconds: 10}"), S(at));

        PodSim.Printing.PodRowBuilder.Build(sim.GetPod("web")!, sim.Now).Ready.Should().Be(ready);
    }

    [Fact]
    public void Liveness_failing_from_the_start_kills_at_the_threshold_and_backs_off()
    {
        var sim = Sim.Run(
            Pod("probes: {liveness: [{result: Failure}]}", "    livenessProbe: {httpGet: {path: /healthz, port: 8080}, periodSeconds: 10, failureThreshold: 3}"),
            S(95));

        Times(sim, "Killing").Should().Equal(20, 40, 70);
        Times(sim, "Started").Should().Equal(0, 20, 50, 90);
        sim.Events.Single(e => e.Reason == "Killing").Message.Should().Be("Container app failed liveness probe, will be restarted");
        sim.GetPod("web")!.Status!.ContainerStatuses[0].RestartCount.Should().Be(3);
        var restarts = sim.Transitions.Where(t => t.Field.EndsWith(".restartCount", StringComparison.Ordinal)).Select(t => t.Offset.TotalSeconds + "=" + t.To);
        restarts.Should().Equal("20=1", "50=2", "90=3");
    }

    [Fact]
    public void Liveness_kill_under_Never_does_not_promise_a_restart()
    {
        var sim = Sim.Run(
            Pod("probes: {liveness: [{result: Failure}]}", "    livenessProbe: {exec: {command: [cat, /tmp/healthy]}, periodSeconds: 5, failureThreshold: 1}", "  restartPolicy: Never"),
            S(30));

        sim.Events.Single(e => e.Reason == "Killing").Message.Should().Be("Container app failed liveness probe");
        sim.Events.Single(e => e.Reason == "Unhealthy").Message.Should().Be("Liveness probe failed: ");
        sim.GetPod("web")!.Status!.Phase.Should().Be(PodPhases.Failed);
    }

    [Fact]
    public void Slow_startup_probe_starts_the_container_at_100s_and_liveness_begins_then()
    {
        var sim = Sim.Run(
            Pod(
                "readyAfter: 95s",
                """
                    startupProbe: {httpGet: {path: /healthz, port: 8080}, periodSeconds: 10, failureThreshold: 30}
                    livenessProbe: {httpGet: {path: /healthz, port: 8080}, periodSeconds: 10}
                    readinessProbe: {httpGet: {path: /ready, port: 8080}, periodSeconds: 10}
                """),
            S(130));

        Times(sim, "Unhealthy").Should().Equal(0, 10, 20, 30, 40, 50, 60, 70, 80, 90);
        sim.Events.Single(e => e.Reason == "Unhealthy").Message.Should().StartWith("Startup probe failed:");
        Sim.TransitionLines(sim, "].started").Should().Equal("100s status.containerStatuses[app].started: false -> true");
        Sim.TransitionLines(sim, "conditions[Ready]").Last().Should().Be("100s status.conditions[Ready]: False -> True");
        sim.Events.Should().NotContain(e => e.Reason == "Killing");
    }

    [Fact]
    public void Startup_probe_that_never_passes_in_time_loops_with_restarts()
    {
        var sim = Sim.Run(
            Pod("readyAfter: 60s", "    startupProbe: {tcpSocket: {port: 8080}, periodSeconds: 10, failureThreshold: 3}"),
            S(95));

        Times(sim, "Started").Should().Equal(0, 20, 50, 90);
        sim.Events.Single(e => e.Reason == "Killing").Message.Should().Be("Container app failed startup probe, will be restarted");
        sim.Events.Single(e => e.Reason == "Unhealthy").Message.Should().Be("Startup probe failed: dial tcp 10.244.0.2:8080: connect: connection refused");
    }

    [Fact]
    public void Readiness_window_makes_the_container_unready_at_the_threshold_and_ready_again_after()
    {
        var sim = Sim.Run(
            Pod("probes: {readiness: [{from: 60s, to: 90s, result: Failure}]}", "    readinessProbe: {httpGet: {path: /ready, port: 8080}, periodSeconds: 10, failureThreshold: 3}"),
            S(120));

        Times(sim, "Unhealthy").Should().Equal(60, 70, 80);
        Sim.TransitionLines(sim, "conditions[Ready]").Should().Equal(
            "0s status.conditions[Ready]:  -> False",
            "0s status.conditions[Ready]: False -> True",
            "80s status.conditions[Ready]: True -> False",
            "90s status.conditions[Ready]: False -> True");
        var ready = sim.GetPod("web")!.Status!.Conditions.Single(c => c.Type == "Ready");
        ready.LastTransitionTime.Should().Be(sim.StartTime + S(90));
    }

    [Fact]
    public void Probe_level_grace_bounds_the_liveness_kill()
    {
        var sim = Sim.Run(
            Pod(
                "stopAfter: never, probes: {liveness: [{from: 30s, result: Failure}]}",
                "    livenessProbe: {httpGet: {path: /healthz, port: 8080}, periodSeconds: 10, failureThreshold: 1, terminationGracePeriodSeconds: 5}"),
            S(40));

        Times(sim, "Killing").Should().Equal(30);
        sim.Transitions.Single(t => t.To == "Terminated(Error, exitCode=137)").Offset.Should().Be(S(35));
    }

    [Fact]
    public void Probe_timeout_is_a_failure_with_the_handler_text()
    {
        var sim = Sim.Run(
            Pod("probes: {readiness: [{latency: 2s, result: Success}]}", "    readinessProbe: {httpGet: {path: /ready, port: 8080}, periodSeconds: 10, timeoutSeconds: 1}"),
            S(15));

        sim.Events.Single(e => e.Reason == "Unhealthy").Message.Should().Be(
            "Readiness probe failed: Get \"http://10.244.0.2:8080/ready\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)");
        Times(sim, "Unhealthy").Should().Equal(1, 11);
    }

    [Fact]
    public void Readiness_keeps_running_during_termination_while_liveness_stops()
    {
        var sim = Sim.Run(
            Pod(
                "stopAfter: 25s, probes: {readiness: [{from: 65s, result: Failure}], liveness: [{from: 65s, result: Failure}]}",
                """
                    readinessProbe: {httpGet: {path: /ready, port: 8080}, periodSeconds: 5, failureThreshold: 1}
                    livenessProbe: {httpGet: {path: /healthz, port: 8080}, periodSeconds: 5, failureThreshold: 1}
                """).Replace("  behaviors:", "  actions: [{at: 60s, delete: {pod: web}}]\n  behaviors:", StringComparison.Ordinal),
            S(100));

        sim.EventOccurrences.Where(e => e.Event.Reason == "Unhealthy").Select(e => e.Offset.TotalSeconds + " " + e.Event.Message![..9])
            .Should().Equal("65 Readiness", "70 Readiness", "75 Readiness", "80 Readiness");
        sim.Events.Where(e => e.Reason == "Killing").Select(e => e.Message).Should().Equal("Stopping container app");
    }

    [Fact]
    public void Sidecar_startup_probe_gates_the_app()
    {
        var sim = Sim.Run(
            """
            apiVersion: podsim.io/v1alpha1
            kind: Scenario
            metadata: {name: sidecar}
            spec:
              images: [{image: "nginx:1.25", present: true}]
              behaviors: [{container: proxy, readyAfter: 12s}]
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              initContainers:
              - name: proxy
                image: nginx:1.25
                restartPolicy: Always
                startupProbe: {tcpSocket: {port: 15000}, periodSeconds: 5, failureThreshold: 10}
              containers: [{name: app, image: "nginx:1.25"}]
            """,
            S(30));

        sim.EventOccurrences.Where(e => e.Event.Reason == "Started").Select(e => e.Offset.TotalSeconds + " " + e.Event.InvolvedObject!.FieldPath)
            .Should().Equal("0 spec.initContainers{proxy}", "15 spec.containers{app}");
    }

    [Fact]
    public void Sidecar_readiness_counts_for_pod_ready()
    {
        var sim = Sim.Run(
            """
            apiVersion: podsim.io/v1alpha1
            kind: Scenario
            metadata: {name: sidecar}
            spec:
              images: [{image: "nginx:1.25", present: true}]
              behaviors: [{container: proxy, readyAfter: 12s}]
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              initContainers:
              - name: proxy
                image: nginx:1.25
                restartPolicy: Always
                readinessProbe: {tcpSocket: {port: 15000}, periodSeconds: 5}
              containers: [{name: app, image: "nginx:1.25"}]
            """,
            S(30));

        var ready = sim.Transitions.Where(t => t.Field == "status.conditions[Ready]").Select(t => t.Offset.TotalSeconds + " " + t.To);
        ready.Should().Equal("0 False", "15 True");
        sim.GetPod("web")!.Status!.Conditions.Single(c => c.Type == "Ready").LastTransitionTime.Should().Be(sim.StartTime + S(15));
    }

    [Fact]
    public void Unready_pod_says_which_containers_are_unready()
    {
        var sim = Sim.Run(Pod("probes: {readiness: [{result: Failure}]}", "    readinessProbe: {httpGet: {path: /ready, port: 8080}}"), S(30));
        var ready = sim.GetPod("web")!.Status!.Conditions.Single(c => c.Type == "Ready");

        ready.Status.Should().Be("False");
        ready.Reason.Should().Be("ContainersNotReady");
        ready.Message.Should().Be("containers with unready status: [app]");
    }

    [Fact]
    public void Probes_skip_the_grid_instants_of_a_postStart_hook()
    {
        var sim = Sim.Run(
            Pod(
                "postStart: {duration: 15s}, probes: {readiness: [{result: Failure}]}",
                """
                    lifecycle: {postStart: {exec: {command: [sh, -c, sleep 15]}}}
                    readinessProbe: {httpGet: {path: /ready, port: 8080}, periodSeconds: 10}
                """),
            S(45));

        Times(sim, "Unhealthy").Should().Equal(20, 30, 40);
    }

    [Fact]
    public void Sidecar_liveness_failure_restarts_only_the_sidecar()
    {
        var sim = Sim.Run(
            """
            apiVersion: podsim.io/v1alpha1
            kind: Scenario
            metadata: {name: sidecar}
            spec:
              images: [{image: "nginx:1.25", present: true}]
              behaviors: [{container: proxy, probes: {liveness: [{from: 20s, to: 21s, result: Failure}]}}]
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              restartPolicy: Never
              initContainers:
              - name: proxy
                image: nginx:1.25
                restartPolicy: Always
                livenessProbe: {tcpSocket: {port: 15000}, periodSeconds: 10, failureThreshold: 1}
              containers: [{name: app, image: "nginx:1.25"}]
            """,
            S(35));
        var status = sim.GetPod("web")!.Status!;

        sim.Events.Single(e => e.Reason == "Killing").Message.Should().Be("Init container proxy failed liveness probe");
        Times(sim, "Killing").Should().Equal(20);
        status.InitContainerStatuses[0].RestartCount.Should().Be(1);
        status.InitContainerStatuses[0].State!.Running.Should().NotBeNull();
        status.ContainerStatuses[0].RestartCount.Should().Be(0);
        status.Phase.Should().Be(PodPhases.Running);
    }
}
