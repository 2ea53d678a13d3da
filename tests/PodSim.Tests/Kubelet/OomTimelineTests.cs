using PodSim.Kubelet;
using PodSim.Model;
using PodSim.Scenarios;
using PodSim.Tests.Support;

namespace PodSim.Tests.Kubelet;

/// <summary>Scripted memory reaching limits.memory is an OOM kill, then restart policy applies.</summary>
public class OomTimelineTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    private static string Pod(string memory, string resources) => $$$"""
        apiVersion: podsim.io/v1alpha1
        kind: Scenario
        metadata: {name: oom}
        spec:
          images: [{image: "app:1", present: true}]
          behaviors: [{container: app, memory: {{{memory}}} }]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - name: app
            image: app:1
            resources: {{{resources}}}
        """;

    [Fact]
    public void Growing_memory_is_oom_killed_at_39s_then_restarts_with_back_off()
    {
        var sim = Sim.Run(Pod("{initial: 50Mi, growthPerSecond: 2Mi}", "{limits: {memory: 128Mi}}"), S(140));

        sim.Transitions.Where(t => t.To == "Terminated(OOMKilled, exitCode=137)").Select(t => t.Offset.TotalSeconds)
            .Should().Equal(39, 78, 127);
        sim.EventOccurrences.Where(e => e.Event.Reason == "Started").Select(e => e.Offset.TotalSeconds).Should().Equal(0, 39, 88);
        var status = sim.GetPod("web")!.Status!.ContainerStatuses[0];
        status.LastState!.Terminated!.Reason.Should().Be("OOMKilled");
        status.State!.Waiting!.Reason.Should().Be("CrashLoopBackOff");
    }

    [Fact]
    public void Without_a_memory_limit_the_container_is_never_oom_killed_by_its_own_limit()
    {
        var sim = Sim.Run(Pod("{initial: 50Mi, growthPerSecond: 2Mi}", "{requests: {memory: 64Mi}}"), TimeSpan.FromHours(1));

        sim.Transitions.Should().NotContain(t => t.To!.Contains("OOMKilled", StringComparison.Ordinal));
        sim.GetPod("web")!.Status!.Phase.Should().Be(PodPhases.Running);
    }

    [Fact]
    public void A_step_to_the_limit_kills_at_the_step()
    {
        var sim = Sim.Run(Pod("{initial: 10Mi, steps: [{at: 20s, usage: 100Mi}, {at: 45s, usage: 300Mi}]}", "{limits: {memory: 256Mi}}"), S(50));

        sim.Transitions.Where(t => t.To == "Terminated(OOMKilled, exitCode=137)").Select(t => t.Offset.TotalSeconds).Should().Equal(45);
    }

    [Theory]
    [InlineData("50Mi", "2Mi", "128Mi", 39.0)]
    [InlineData("128Mi", "0", "128Mi", 0.0)]
    [InlineData("0", "3Mi", "10Mi", 3.3333334)]
    [InlineData("100Mi", "0", "128Mi", null)]
    public void Time_to_reach_the_limit_is_exact(string initial, string growth, string limit, double? expected)
    {
        var memory = new MemorySpec { Initial = Quantity.Parse(initial), GrowthPerSecond = Quantity.Parse(growth) };

        var t = MemoryUsage.TimeToReach(memory, Quantity.Parse(limit));

        if (expected is null)
        {
            t.Should().BeNull();
        }
        else
        {
            t!.Value.TotalSeconds.Should().BeApproximately(expected.Value, 1e-6);
        }
    }
}
