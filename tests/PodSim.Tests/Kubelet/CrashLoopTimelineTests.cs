using PodSim.Engine;
using PodSim.Model;
using PodSim.Tests.Support;

namespace PodSim.Tests.Kubelet;

/// <summary>Crash-loop back-off played out by the pod worker (<c>pkg/kubelet/kuberuntime/kuberuntime_manager.go</c> doBackOff; docs/timing-model.md).</summary>
public class CrashLoopTimelineTests
{
    private const string CrashingPod = """
        apiVersion: podsim.io/v1alpha1
        kind: Scenario
        metadata: {name: crash}
        spec:
          images: [{image: "busybox:1.36", present: true}]
          behaviors:
          - pod: web
            container: app
            exitAfter: 5s
            exitCode: 1
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - name: app
            image: busybox:1.36
        """;

    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public void Container_exiting_after_5s_restarts_on_the_documented_curve()
    {
        var sim = Sim.Run(CrashingPod, S(700));

        var starts = sim.EventOccurrences.Where(e => e.Event.Reason == "Started").Select(e => e.Offset.TotalSeconds);
        starts.Should().Equal(0, 5, 20, 45, 90, 175, 340, 645);
    }

    [Theory]
    [InlineData(4, 0, "Running", null)]
    [InlineData(7, 1, "Running", null)]
    [InlineData(12, 1, "CrashLoopBackOff", "back-off 10s")]
    [InlineData(21, 2, "Running", null)]
    [InlineData(30, 2, "CrashLoopBackOff", "back-off 20s")]
    [InlineData(60, 3, "CrashLoopBackOff", "back-off 40s")]
    [InlineData(100, 4, "CrashLoopBackOff", "back-off 1m20s")]
    [InlineData(200, 5, "CrashLoopBackOff", "back-off 2m40s")]
    [InlineData(400, 6, "CrashLoopBackOff", "back-off 5m0s")]
    [InlineData(646, 7, "Running", null)]
    public void Restart_count_and_back_off_message_are_right_at_each_step(double at, int restarts, string state, string? messagePrefix)
    {
        var sim = Sim.Run(CrashingPod, S(at));
        var pod = sim.GetPod("web")!;
        var status = pod.Status!.ContainerStatuses[0];

        status.RestartCount.Should().Be(restarts);
        if (state == "Running")
        {
            status.State!.Running.Should().NotBeNull();
        }
        else
        {
            status.State!.Waiting!.Reason.Should().Be(state);
            status.State.Waiting.Message.Should().Be(messagePrefix + " restarting failed container=app pod=web_default(" + pod.Metadata!.Uid + ")");
            status.LastState!.Terminated!.ExitCode.Should().Be(1);
            status.LastState.Terminated.Reason.Should().Be("Error");
        }

        pod.Status.Phase.Should().Be(PodPhases.Running);
    }

    [Fact]
    public void Exit_shows_terminated_then_crash_loop_in_the_same_instant()
    {
        var sim = Sim.Run(CrashingPod, S(12));

        Sim.TransitionLines(sim, "containerStatuses[app].state").Should().Equal(
            "0s status.containerStatuses[app].state:  -> Waiting(ContainerCreating)",
            "0s status.containerStatuses[app].state: Waiting(ContainerCreating) -> Running",
            "5s status.containerStatuses[app].state: Running -> Terminated(Error, exitCode=1)",
            "5s status.containerStatuses[app].state: Terminated(Error, exitCode=1) -> Running",
            "10s status.containerStatuses[app].state: Running -> Terminated(Error, exitCode=1)",
            "10s status.containerStatuses[app].state: Terminated(Error, exitCode=1) -> Waiting(CrashLoopBackOff)");
    }

    [Fact]
    public void Back_off_events_name_the_container_and_pod()
    {
        var sim = Sim.Run(CrashingPod, S(30));
        var uid = sim.GetPod("web")!.Metadata!.Uid;

        var backOff = sim.Events.Single(e => e.Reason == "BackOff");
        backOff.Type.Should().Be(EventTypes.Warning);
        backOff.Message.Should().Be("Back-off restarting failed container app in pod web_default(" + uid + ")");
        backOff.InvolvedObject!.FieldPath.Should().Be("spec.containers{app}");
        backOff.Source!.Component.Should().Be("kubelet");
        backOff.Source.Host.Should().Be("node-1");
        backOff.Count.Should().Be(2, "the exits at 10s and 25s were both held back");
        backOff.FirstTimestamp.Should().Be(sim.StartTime + S(10));
        backOff.LastTimestamp.Should().Be(sim.StartTime + S(25));
    }

    [Fact]
    public void A_run_longer_than_600s_resets_the_curve()
    {
        var sim = Sim.Run(
            """
            apiVersion: podsim.io/v1alpha1
            kind: Scenario
            metadata: {name: reset}
            spec:
              images: [{image: "busybox:1.36", present: true}]
              behaviors:
              - container: app
                exitCode: 1
                runs: [{exitAfter: 5s}, {exitAfter: 5s}, {exitAfter: 700s}, {exitAfter: 5s}]
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers: [{name: app, image: "busybox:1.36"}]
            """,
            S(740));

        sim.EventOccurrences.Where(e => e.Event.Reason == "Started").Select(e => e.Offset.TotalSeconds)
            .Should().Equal([0, 5, 20, 720, 735], "the 700 s run resets the curve: immediate restart, then 10 s again");
    }

    [Fact]
    public void Configured_crash_loop_back_off_is_used()
    {
        var sim = Sim.Run(
            CrashingPod.Replace("  behaviors:", "  kubelet: {crashLoopBackOff: {initial: 1s, max: 4s}}\n  behaviors:", StringComparison.Ordinal),
            S(60));

        sim.EventOccurrences.Where(e => e.Event.Reason == "Started").Select(e => e.Offset.TotalSeconds)
            .Take(6).Should().Equal(0, 5, 11, 18, 27, 36);
    }

    [Theory]
    [InlineData("Always", 0, "Running", 3)]
    [InlineData("Always", 1, "Running", 3)]
    [InlineData("OnFailure", 0, "Succeeded", 0)]
    [InlineData("OnFailure", 1, "Running", 3)]
    [InlineData("Never", 0, "Succeeded", 0)]
    [InlineData("Never", 1, "Failed", 0)]
    public void Restart_policy_decides_what_happens_after_an_exit(string policy, int exitCode, string phase, int restarts)
    {
        var sim = Sim.Run(
            $$"""
            apiVersion: podsim.io/v1alpha1
            kind: Scenario
            metadata: {name: policy}
            spec:
              images: [{image: "busybox:1.36", present: true}]
              behaviors: [{container: app, exitAfter: 5s, exitCode: {{exitCode}}}]
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              restartPolicy: {{policy}}
              containers: [{name: app, image: "busybox:1.36"}]
            """,
            S(50));
        var pod = sim.GetPod("web")!;

        pod.Status!.Phase.Should().Be(phase);
        pod.Status.ContainerStatuses[0].RestartCount.Should().Be(restarts);
        if (phase != PodPhases.Running)
        {
            pod.Status.ContainerStatuses[0].State!.Terminated!.ExitCode.Should().Be(exitCode);
            pod.Status.ContainerStatuses[0].State!.Terminated!.Reason.Should().Be(exitCode == 0 ? "Completed" : "Error");
            pod.Status.Conditions.Single(c => c.Type == "Ready").Reason.Should().Be(phase == "Succeeded" ? "PodCompleted" : "PodFailed");
            pod.Status.Conditions.Single(c => c.Type == "PodReadyToStartContainers").Status.Should().Be("False");
        }
    }

    [Fact]
    public void Kernel_kill_is_oom_killed_with_137_and_restarts_per_policy()
    {
        var sim = Sim.Run(
            """
            apiVersion: podsim.io/v1alpha1
            kind: Scenario
            metadata: {name: oom}
            spec:
              images: [{image: "busybox:1.36", present: true}]
              actions: [{at: 30s, kill: {pod: web, container: app}}]
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
              - name: app
                image: busybox:1.36
                lifecycle: {preStop: {exec: {command: [sleep, "5"]}}}
            """,
            S(31));
        var status = sim.GetPod("web")!.Status!.ContainerStatuses[0];

        status.LastState!.Terminated!.Reason.Should().Be("OOMKilled");
        status.LastState.Terminated.ExitCode.Should().Be(137);
        status.LastState.Terminated.FinishedAt.Should().Be(sim.StartTime + S(30));
        status.RestartCount.Should().Be(1);
        status.State!.Running!.StartedAt.Should().Be(sim.StartTime + S(30));
        sim.Events.Should().NotContain(e => e.Reason == "Killing", "a kernel kill is not the kubelet's");
    }

    [Fact]
    public void Termination_message_keeps_the_last_4096_bytes()
    {
        var message = new string('x', 10) + new string('é', 2100);
        var sim = Sim.Run(
            CrashingPod.Replace("    exitCode: 1", "    exitCode: 1\n    terminationMessage: \"" + message + "\"", StringComparison.Ordinal),
            S(6));

        var text = sim.GetPod("web")!.Status!.ContainerStatuses[0].LastState!.Terminated!.Message!;
        System.Text.Encoding.UTF8.GetByteCount(text).Should().Be(4096);
        text.Should().Be(new string('é', 2048));
    }
}
