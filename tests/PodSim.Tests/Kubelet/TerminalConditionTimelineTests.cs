using PodSim.Model;
using PodSim.Tests.Support;

namespace PodSim.Tests.Kubelet;

/// <summary>
/// Conditions of completed pods as the kubelet generates them (<c>pkg/kubelet/status/generate.go</c>): Succeeded gives
/// PodCompleted on Initialized, ContainersReady and Ready with or without init containers; Failed gives PodFailed.
/// </summary>
public class TerminalConditionTimelineTests
{
    private static string Pod(string restartPolicy, int exitCode, string init = "") => $$$"""
        apiVersion: podsim.io/v1alpha1
        kind: Scenario
        metadata: {name: done}
        spec:
          images: [{image: "busybox:1.36", present: true}]
          behaviors:
          - {container: app, exitAfter: 5s, exitCode: {{{exitCode}}} }
          - {container: init, exitAfter: 1s, exitCode: 0}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: job}
        spec:
          restartPolicy: {{{restartPolicy}}}
        {{{init}}}
          containers:
          - name: app
            image: busybox:1.36
        """;

    private static string Conditions(PodSim.Simulation sim)
    {
        var pod = sim.GetPod("job")!;
        return string.Join(", ", pod.Status!.Conditions.Select(c => c.Type + "=" + c.Status + (c.Reason is null ? string.Empty : "/" + c.Reason)));
    }

    [Fact]
    public void Succeeded_pod_without_init_containers_reports_pod_completed_on_initialized()
    {
        var sim = Sim.Run(Pod("Never", 0), TimeSpan.FromSeconds(30));

        sim.GetPod("job")!.Status!.Phase.Should().Be(PodPhases.Succeeded);
        Conditions(sim).Should().Be(
            "PodReadyToStartContainers=False, Initialized=True/PodCompleted, Ready=False/PodCompleted, ContainersReady=False/PodCompleted, PodScheduled=True");
    }

    [Fact]
    public void Succeeded_pod_with_an_init_container_reports_pod_completed_on_initialized()
    {
        var init = """
              initContainers:
              - name: init
                image: busybox:1.36
            """;
        var sim = Sim.Run(Pod("OnFailure", 0, init), TimeSpan.FromSeconds(30));

        Conditions(sim).Should().Contain("Initialized=True/PodCompleted");
    }

    [Fact]
    public void Failed_pod_without_init_containers_is_initialized_without_a_reason_and_not_ready_with_pod_failed()
    {
        var sim = Sim.Run(Pod("Never", 1), TimeSpan.FromSeconds(30));

        sim.GetPod("job")!.Status!.Phase.Should().Be(PodPhases.Failed);
        Conditions(sim).Should().Be(
            "PodReadyToStartContainers=False, Initialized=True, Ready=False/PodFailed, ContainersReady=False/PodFailed, PodScheduled=True");
    }
}
