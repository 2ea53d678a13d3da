using PodSim.Model;
using PodSim.Tests.Support;

namespace PodSim.Tests.Kubelet;

/// <summary>Init containers and sidecars played out by the pod worker (<c>pkg/kubelet/kuberuntime/kuberuntime_container.go</c> computeInitContainerActions; docs/timing-model.md).</summary>
public class InitAndSidecarTimelineTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public void Two_init_containers_of_10s_start_the_app_at_20s()
    {
        var sim = Sim.Run(
            """
            apiVersion: podsim.io/v1alpha1
            kind: Scenario
            metadata: {name: init}
            spec:
              images: [{image: "busybox:1.36", present: true}]
              behaviors:
              - {container: init-a, exitAfter: 10s}
              - {container: init-b, exitAfter: 10s}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              initContainers:
              - {name: init-a, image: "busybox:1.36"}
              - {name: init-b, image: "busybox:1.36"}
              containers:
              - {name: app, image: "busybox:1.36"}
            """,
            S(30));

        sim.EventOccurrences.Where(e => e.Event.Reason == "Started").Select(e => e.Offset.TotalSeconds + " " + e.Event.InvolvedObject!.FieldPath)
            .Should().Equal("0 spec.initContainers{init-a}", "10 spec.initContainers{init-b}", "20 spec.containers{app}");
        Sim.TransitionLines(sim, "conditions[Initialized]").Should().Equal(
            "0s status.conditions[Initialized]:  -> False",
            "20s status.conditions[Initialized]: False -> True");
        Sim.TransitionLines(sim, "status.phase").Should().Equal("20s status.phase: Pending -> Running");
        var status = sim.GetPod("web")!.Status!;
        status.InitContainerStatuses.Select(s => s.State!.Terminated!.Reason).Should().Equal("Completed", "Completed");
        status.InitContainerStatuses.Should().OnlyContain(s => s.Ready == true);
    }

    [Fact]
    public void While_initialising_the_app_waits_with_PodInitializing_and_Initialized_says_why()
    {
        var sim = Sim.Run(
            """
            apiVersion: podsim.io/v1alpha1
            kind: Scenario
            metadata: {name: init}
            spec:
              images: [{image: "busybox:1.36", present: true}]
              behaviors: [{container: init-a, exitAfter: 10s}]
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              initContainers: [{name: init-a, image: "busybox:1.36"}]
              containers: [{name: app, image: "busybox:1.36"}]
            """,
            S(5));
        var status = sim.GetPod("web")!.Status!;

        status.ContainerStatuses[0].State!.Waiting!.Reason.Should().Be("PodInitializing");
        var initialized = status.Conditions.Single(c => c.Type == "Initialized");
        initialized.Status.Should().Be("False");
        initialized.Reason.Should().Be("ContainersNotInitialized");
        initialized.Message.Should().Be("containers with incomplete status: [init-a]");
    }

    [Fact]
    public void Init_container_failing_under_Never_fails_the_pod()
    {
        var sim = Sim.Run(
            """
            apiVersion: podsim.io/v1alpha1
            kind: Scenario
            metadata: {name: init}
            spec:
              images: [{image: "busybox:1.36", present: true}]
              behaviors: [{container: init-a, exitAfter: 3s, exitCode: 2}]
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              restartPolicy: Never
              initContainers: [{name: init-a, image: "busybox:1.36"}]
              containers: [{name: app, image: "busybox:1.36"}]
            """,
            S(60));
        var status = sim.GetPod("web")!.Status!;

        status.Phase.Should().Be(PodPhases.Failed);
        Sim.TransitionLines(sim, "status.phase").Should().Equal("3s status.phase: Pending -> Failed");
        status.InitContainerStatuses[0].State!.Terminated!.ExitCode.Should().Be(2);
        status.ContainerStatuses[0].State!.Waiting!.Reason.Should().Be("PodInitializing");
        sim.Events.Should().NotContain(e => e.Reason == "Started" && e.InvolvedObject!.FieldPath == "spec.containers{app}");
    }

    [Fact]
    public void Init_container_failing_under_Always_restarts_with_back_off()
    {
        var sim = Sim.Run(
            """
            apiVersion: podsim.io/v1alpha1
            kind: Scenario
            metadata: {name: init}
            spec:
              images: [{image: "busybox:1.36", present: true}]
              behaviors: [{container: init-a, exitAfter: 3s, exitCode: 1, runs: [{}, {}, {exitCode: 0}]}]
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              initContainers: [{name: init-a, image: "busybox:1.36"}]
              containers: [{name: app, image: "busybox:1.36"}]
            """,
            S(60));

        sim.EventOccurrences.Where(e => e.Event.Reason == "Started").Select(e => e.Offset.TotalSeconds + " " + e.Event.InvolvedObject!.FieldPath)
            .Should().Equal("0 spec.initContainers{init-a}", "3 spec.initContainers{init-a}", "16 spec.initContainers{init-a}", "19 spec.containers{app}");
        sim.GetPod("web")!.Status!.InitContainerStatuses[0].RestartCount.Should().Be(2);
    }

    [Fact]
    public void Sidecar_starts_before_the_app_and_stops_after_it_completes_under_Never()
    {
        var sim = Sim.Run(
            """
            apiVersion: podsim.io/v1alpha1
            kind: Scenario
            metadata: {name: job}
            spec:
              images: [{image: "busybox:1.36", present: true}]
              behaviors:
              - {container: app, exitAfter: 30s, exitCode: 0}
              - {container: logger, stopAfter: 1s}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              restartPolicy: Never
              initContainers: [{name: logger, image: "busybox:1.36", restartPolicy: Always}]
              containers: [{name: app, image: "busybox:1.36"}]
            """,
            S(60));
        var status = sim.GetPod("web")!.Status!;

        status.Phase.Should().Be(PodPhases.Succeeded);
        Sim.EventLines(sim).Where(l => l.Contains("Started", StringComparison.Ordinal) || l.Contains("Killing", StringComparison.Ordinal)).Should().Equal(
            "0s Normal Started spec.initContainers{logger}: Container started",
            "0s Normal Started spec.containers{app}: Container started",
            "30s Normal Killing spec.initContainers{logger}: Stopping container logger");
        Sim.TransitionLines(sim, "state").Where(l => l.StartsWith("3", StringComparison.Ordinal)).Should().Equal(
            "30s status.containerStatuses[app].state: Running -> Terminated(Completed, exitCode=0)",
            "31s status.initContainerStatuses[logger].state: Running -> Terminated(Error, exitCode=143)");
        Sim.TransitionLines(sim, "status.phase").Should().Equal("0s status.phase: Pending -> Running", "31s status.phase: Running -> Succeeded");
    }

    [Fact]
    public void Sidecar_crash_restarts_only_the_sidecar_even_under_Never()
    {
        var sim = Sim.Run(
            """
            apiVersion: podsim.io/v1alpha1
            kind: Scenario
            metadata: {name: job}
            spec:
              images: [{image: "busybox:1.36", present: true}]
              behaviors:
              - {container: logger, runs: [{exitAfter: 5s, exitCode: 1}, {}]}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              restartPolicy: Never
              initContainers: [{name: logger, image: "busybox:1.36", restartPolicy: Always}]
              containers: [{name: app, image: "busybox:1.36"}]
            """,
            S(20));
        var status = sim.GetPod("web")!.Status!;

        status.Phase.Should().Be(PodPhases.Running);
        status.InitContainerStatuses[0].RestartCount.Should().Be(1);
        status.InitContainerStatuses[0].State!.Running.Should().NotBeNull();
        status.ContainerStatuses[0].RestartCount.Should().Be(0);
    }

    [Fact]
    public void Regular_containers_start_in_spec_order_in_one_sync()
    {
        var sim = Sim.Run(
            """
            apiVersion: podsim.io/v1alpha1
            kind: Scenario
            metadata: {name: order}
            spec:
              latency: {containerStart: 2s}
              images: [{image: "busybox:1.36", present: true}]
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
              - {name: a, image: "busybox:1.36"}
              - {name: b, image: "busybox:1.36"}
            """,
            S(10));

        sim.EventOccurrences.Where(e => e.Event.Reason is "Created" or "Started").Select(e => Sim.Offset(e.Offset) + " " + e.Event.Reason + " " + e.Event.InvolvedObject!.FieldPath)
            .Should().Equal(
                "0s Created spec.containers{a}",
                "2s Started spec.containers{a}",
                "2s Created spec.containers{b}",
                "4s Started spec.containers{b}");
    }

    [Fact]
    public void PostStart_delays_running_and_a_failing_hook_kills_and_restarts()
    {
        var sim = Sim.Run(
            """
            apiVersion: podsim.io/v1alpha1
            kind: Scenario
            metadata: {name: hooks}
            spec:
              images: [{image: "busybox:1.36", present: true}]
              behaviors:
              - container: app
                runs: [{postStart: {duration: 3s, result: Failure}}, {postStart: {duration: 3s}}]
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
              - name: app
                image: busybox:1.36
                lifecycle: {postStart: {exec: {command: [sh, -c, "true"]}}}
            """,
            S(20));

        Sim.EventLines(sim).Skip(2).Should().Equal(
            "0s Normal Created spec.containers{app}: Container created",
            "0s Normal Started spec.containers{app}: Container started",
            "3s Warning FailedPostStartHook spec.containers{app}: PostStartHook failed",
            "3s Normal Killing spec.containers{app}: FailedPostStartHook",
            "3s Warning Failed spec.containers{app}: Error: PostStartHookError",
            "3s Normal Pulled spec.containers{app}: Container image \"busybox:1.36\" already present on machine and can be accessed by the pod",
            "3s Normal Created spec.containers{app}: Container created",
            "3s Normal Started spec.containers{app}: Container started");
        Sim.TransitionLines(sim, "containerStatuses[app].state").Should().Equal(
            "0s status.containerStatuses[app].state:  -> Waiting(ContainerCreating)",
            "3s status.containerStatuses[app].state: Waiting(ContainerCreating) -> Terminated(Error, exitCode=143)",
            "3s status.containerStatuses[app].state: Terminated(Error, exitCode=143) -> Waiting(PostStartHookError)",
            "6s status.containerStatuses[app].state: Waiting(PostStartHookError) -> Running");

        // The worker is busy in the second postStart from 3s to 6s, so the status keeps the last sync's result.
        sim.GetPod("web")!.Status!.ContainerStatuses[0].RestartCount.Should().Be(1);
    }
}
