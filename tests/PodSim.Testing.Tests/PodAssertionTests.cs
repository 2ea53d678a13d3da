using Xunit.Sdk;

namespace PodSim.Testing.Tests;

/// <summary>What <c>pod.Should()</c> accepts and refuses, on the pod as it is now.</summary>
public class PodAssertionTests
{
    [Fact]
    public void A_running_ready_pod_reads_as_such()
    {
        var pod = PodSimTest.Run(Scenarios.SlowReady, 20.Seconds()).GetPod("web")!;

        pod.Should().BeInPhase("Running").And.HaveCondition("Ready", "True").And.BeReady()
            .And.HaveContainerState("app", "Running").And.HaveRestartCount("app", 0);
    }

    [Fact]
    public void A_crash_looping_pod_fails_with_its_status()
    {
        var pod = PodSimTest.Run(Scenarios.CrashLoop, 30.Seconds()).GetPod("web")!;

        pod.Should().NotBeReady().And.HaveContainerState("app", "Waiting(CrashLoopBackOff)").And.HaveRestartCount("app", 2);
        FluentActions.Invoking(() => pod.Should().BeReady()).Should().Throw<XunitException>().Which.Message.Should().Be("""
            Expected pod default/web to have condition Ready=True, but it is Ready=False (ContainersNotReady).

            Status of pod default/web:
                phase: Running
                conditions: PodReadyToStartContainers=True, Initialized=True, Ready=False, ContainersReady=False, PodScheduled=True
                container app: Waiting(CrashLoopBackOff), ready=false, restarts=2
            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_null_pod_fails_plainly() =>
        FluentActions.Invoking(() => ((PodSim.Model.Pod)null!).Should().BeInPhase("Running"))
            .Should().Throw<XunitException>().WithMessage("Expected a pod, but it is <null>.");
}
