using PodSim.Engine;
using PodSim.Tests.Support;

namespace PodSim.Tests.Kubelet;

/// <summary>
/// Delete with grace 0: a force delete removes the object at once while the kubelet still stops the containers
/// (<c>pkg/registry/core/pod/strategy.go</c>, <c>pkg/kubelet/pod_workers.go</c> calculateEffectiveGracePeriod); kubectl
/// sends an unforced <c>--grace-period=0</c> as 1.
/// </summary>
public class ForceDeleteTimelineTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    private static string Deleted(string delete) => $$"""
        apiVersion: podsim.io/v1alpha1
        kind: Scenario
        metadata: {name: delete}
        spec:
          images: [{image: "nginx:1.25", present: true}]
          behaviors:
          - {container: app, stopAfter: never}
          actions:
          - {at: 60s, delete: {{delete}}}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - name: app
            image: nginx:1.25
        """;

    [Fact]
    public void Force_delete_with_grace_0_removes_the_pod_at_once_and_the_kubelet_still_kills_the_container()
    {
        var sim = Sim.FromYaml(Deleted("{pod: web, gracePeriodSeconds: 0, force: true}"));

        sim.RunUntil(S(60));

        sim.GetPod("web").Should().BeNull();
        Sim.TransitionLines(sim).Where(l => l.StartsWith("60s", StringComparison.Ordinal)).Should().Equal(
            "60s metadata.deletionTimestamp:  -> 2025-01-01T00:01:00Z",
            "60s metadata: present -> deleted");
        sim.EventOccurrences.Should().ContainSingle(e => e.Event.Reason == "Killing")
            .Which.Offset.Should().Be(S(60));

        // The process ignores SIGTERM: it is killed at the 2 s per-container floor; nothing more is written to the object.
        sim.RunUntil(S(120));
        Sim.TransitionLines(sim).Should().NotContain(l => !l.StartsWith("0s", StringComparison.Ordinal) && !l.StartsWith("60s", StringComparison.Ordinal));
        sim.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Force_without_a_grace_period_defaults_to_grace_0()
    {
        var sim = Sim.FromYaml(Deleted("{pod: web, force: true}"));

        sim.RunUntil(S(60));

        sim.GetPod("web").Should().BeNull();
    }

    [Fact]
    public void Grace_0_without_force_is_sent_as_1_like_kubectl()
    {
        var sim = Sim.FromYaml(Deleted("{pod: web, gracePeriodSeconds: 0}"));

        sim.RunUntil(S(60));
        var terminating = sim.GetPod("web")!;
        terminating.Metadata!.DeletionGracePeriodSeconds.Should().Be(1);
        terminating.Metadata.DeletionTimestamp.Should().Be(sim.StartTime + S(61));

        // The kubelet's 2 s per-container floor: SIGKILL at 62 s, then the object goes.
        sim.RunUntil(S(61.9));
        sim.GetPod("web").Should().NotBeNull();
        sim.RunUntil(S(62));
        sim.GetPod("web").Should().BeNull();
        Sim.TransitionLines(sim, "state").Last().Should().Be("62s status.containerStatuses[app].state: Running -> Terminated(Error, exitCode=137)");
    }

    [Fact]
    public void A_second_delete_may_only_shorten_the_grace_counted_from_the_first_request()
    {
        var sim = Sim.FromYaml(Deleted("{pod: web, gracePeriodSeconds: 30}"));
        sim.RunUntil(S(70));

        sim.DeletePod("web", gracePeriodSeconds: 60).Should().BeTrue();
        sim.GetPod("web")!.Metadata!.DeletionGracePeriodSeconds.Should().Be(30);

        sim.DeletePod("web", gracePeriodSeconds: 15).Should().BeTrue();
        var pod = sim.GetPod("web")!;
        pod.Metadata!.DeletionGracePeriodSeconds.Should().Be(15);
        pod.Metadata.DeletionTimestamp.Should().Be(sim.StartTime + S(75));
    }

    [Fact]
    public void Force_delete_of_a_terminating_pod_removes_it_at_once()
    {
        var sim = Sim.FromYaml(Deleted("{pod: web, gracePeriodSeconds: 30}"));
        sim.RunUntil(S(70));

        sim.DeletePod("web", gracePeriodSeconds: 0, force: true).Should().BeTrue();

        sim.GetPod("web").Should().BeNull();
        Sim.TransitionLines(sim).Should().Contain("70s metadata: present -> deleted");
    }

    [Fact]
    public void Builder_force_delete_matches_the_yaml_action()
    {
        var built = new PodSim.Scenarios.ScenarioBuilder("delete").Delete(S(60), "web", 0, force: true).Build();

        built.Spec!.Actions[0].Delete!.Force.Should().BeTrue();
        built.Spec.Actions[0].Delete!.GracePeriodSeconds.Should().Be(0);
    }
}
