using PodSim.Model;
using PodSim.Tests.Support;

namespace PodSim.Tests.Kubelet;

/// <summary>Graceful deletion, preStop, SIGTERM/SIGKILL, sidecar ordering, activeDeadlineSeconds (<c>pkg/kubelet/kuberuntime/kuberuntime_container.go</c> killContainer; docs/timing-model.md).</summary>
public class TerminationTimelineTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    private static string DeletedPod(string appBehavior, string lifecycle = "", string extraInit = "") => $$$"""
        apiVersion: podsim.io/v1alpha1
        kind: Scenario
        metadata: {name: delete}
        spec:
          images: [{image: "nginx:1.25", present: true}]
          behaviors:
          - {container: app, {{{appBehavior}}} }
          actions:
          - {at: 60s, delete: {pod: web, gracePeriodSeconds: 30}}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
        {{{extraInit}}}
          containers:
          - name: app
            image: nginx:1.25
        {{{lifecycle}}}
        """;

    [Fact]
    public void Delete_with_grace_30_and_stopAfter_5s_exits_143_at_65s_and_the_pod_is_gone()
    {
        var sim = Sim.FromYaml(DeletedPod("stopAfter: 5s"));
        sim.RunUntil(S(60));
        var terminating = sim.GetPod("web")!;
        terminating.Metadata!.DeletionTimestamp.Should().Be(sim.StartTime + S(90));
        terminating.Metadata.DeletionGracePeriodSeconds.Should().Be(30);

        sim.RunUntil(S(64));
        sim.GetPod("web")!.Status!.ContainerStatuses[0].State!.Running.Should().NotBeNull();

        sim.RunUntil(S(65));
        sim.GetPod("web").Should().BeNull();
        Sim.TransitionLines(sim).Where(l => l.StartsWith("6", StringComparison.Ordinal)).Should().Equal(
            "60s metadata.deletionTimestamp:  -> 2025-01-01T00:01:30Z",
            "65s status.conditions[Ready]: True -> False",
            "65s status.conditions[ContainersReady]: True -> False",
            "65s status.containerStatuses[app].state: Running -> Terminated(Error, exitCode=143)",
            "65s status.containerStatuses[app].started: true -> false",
            "65s status.containerStatuses[app].ready: true -> false",
            "65s status.phase: Running -> Failed",
            "65s status.conditions[PodReadyToStartContainers]: True -> False",
            "65s metadata: present -> deleted");
        sim.EventOccurrences.Single(e => e.Event.Reason == "Killing").Should().Match<PodSim.RecordedEvent>(e =>
            e.Offset == S(60) && e.Event.Message == "Stopping container app" && e.Event.InvolvedObject!.FieldPath == "spec.containers{app}");
    }

    [Fact]
    public void Process_ignoring_SIGTERM_is_killed_with_137_when_the_grace_ends()
    {
        var sim = Sim.FromYaml(DeletedPod("stopAfter: never"));
        Pod? last = null;
        sim.RunUntil(s => { last = s.GetPod("web") ?? last; return s.GetPod("web") is null; }, S(200)).Should().BeTrue();

        sim.Elapsed.Should().Be(S(90));
        sim.Transitions.Single(t => t.Field == "status.containerStatuses[app].state" && t.To!.StartsWith("Terminated", StringComparison.Ordinal))
            .Should().Match<PodSim.Transition>(t => t.Offset == S(90) && t.To == "Terminated(Error, exitCode=137)");
    }

    [Fact]
    public void PreStop_of_10s_shifts_SIGTERM_to_70s()
    {
        var sim = Sim.FromYaml(DeletedPod(
            "stopAfter: 5s, preStop: {duration: 10s}",
            "    lifecycle: {preStop: {exec: {command: [sh, -c, sleep 10]}}}"));
        sim.RunUntil(S(200));

        var exit = sim.Transitions.Single(t => t.Field == "status.containerStatuses[app].state" && t.To!.StartsWith("Terminated", StringComparison.Ordinal));
        exit.Offset.Should().Be(S(75), "preStop 60..70s, SIGTERM at 70s, the process exits 5s later");
        exit.To.Should().Be("Terminated(Error, exitCode=143)");
    }

    [Fact]
    public void PreStop_longer_than_the_grace_gets_the_2s_extension()
    {
        var sim = Sim.FromYaml(DeletedPod(
            "stopAfter: never, preStop: {duration: 60s}",
            "    lifecycle: {preStop: {exec: {command: [sh, -c, sleep 60]}}}"));
        sim.RunUntil(S(200));

        sim.Transitions.Single(t => t.Field == "status.containerStatuses[app].state" && t.To!.StartsWith("Terminated", StringComparison.Ordinal))
            .Offset.Should().Be(S(92), "preStop is cut at 90s, then SIGTERM with the 2s minimum");
    }

    [Fact]
    public void Sidecars_stop_after_the_main_container_in_reverse_order()
    {
        var sim = Sim.FromYaml(DeletedPod(
            "stopAfter: 5s",
            extraInit: """
              initContainers:
              - {name: proxy, image: "nginx:1.25", restartPolicy: Always}
              - {name: logger, image: "nginx:1.25", restartPolicy: Always}
            """).Replace("  behaviors:\n", "  behaviors:\n  - {container: proxy, stopAfter: 2s}\n  - {container: logger, stopAfter: 1s}\n", StringComparison.Ordinal));
        sim.RunUntil(S(200));

        sim.Transitions.Where(t => t.Field.EndsWith("].state", StringComparison.Ordinal) && t.To!.StartsWith("Terminated", StringComparison.Ordinal))
            .Select(t => Sim.Offset(t.Offset) + " " + t.Field)
            .Should().Equal(
                "65s status.containerStatuses[app].state",
                "66s status.initContainerStatuses[logger].state",
                "68s status.initContainerStatuses[proxy].state");
        sim.EventOccurrences.Where(e => e.Event.Reason == "Killing").Select(e => Sim.Offset(e.Offset) + " " + e.Event.InvolvedObject!.FieldPath)
            .Should().Equal("60s spec.initContainers{proxy}", "60s spec.initContainers{logger}", "60s spec.containers{app}");
        sim.GetPod("web").Should().BeNull();
    }

    [Fact]
    public void Active_deadline_fails_the_pod_and_terminates_its_containers_with_the_pod_grace()
    {
        var sim = Sim.Run(
            """
            apiVersion: podsim.io/v1alpha1
            kind: Scenario
            metadata: {name: deadline}
            spec:
              images: [{image: "nginx:1.25", present: true}]
              behaviors: [{container: app, stopAfter: 3s}]
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              activeDeadlineSeconds: 100
              containers: [{name: app, image: "nginx:1.25"}]
            """,
            S(200));
        var pod = sim.GetPod("web")!;

        pod.Status!.Phase.Should().Be(PodPhases.Failed);
        pod.Status.Reason.Should().Be("DeadlineExceeded");
        pod.Status.Message.Should().Be("Pod was active on the node longer than the specified deadline");
        pod.Status.ContainerStatuses[0].State!.Terminated!.ExitCode.Should().Be(143);
        pod.Status.ContainerStatuses[0].State!.Terminated!.FinishedAt.Should().Be(sim.StartTime + S(103));
        Sim.TransitionLines(sim, "status.phase").Should().Equal("0s status.phase: Pending -> Running", "100s status.phase: Running -> Failed");
        sim.Events.Should().Contain(e => e.Reason == "DeadlineExceeded" && e.Type == "Normal" && e.Message == "Pod was active on the node longer than the specified deadline");
    }

    [Fact]
    public void Container_without_behavior_exits_143_on_SIGTERM()
    {
        var sim = Sim.FromYaml(DeletedPod("readyAfter: 0s"));
        sim.RunUntil(S(59));
        var uid = sim.GetPod("web")!.Metadata!.Uid;
        sim.RunUntil(S(61));

        sim.GetPod("web").Should().BeNull();
        sim.Transitions.Should().Contain(t => t.Offset == S(60) && t.To == "Terminated(Error, exitCode=143)");
        uid.Should().NotBeNullOrEmpty();
    }
}
