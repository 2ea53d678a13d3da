using FluentAssertions;
using PodSim.Tests.Support;

namespace PodSim.Tests.Scheduling;

/// <summary>
/// The scheduler's queue and cycle (<c>pkg/scheduler/schedule_one.go</c>): a pod enters the queue from the scheduler's
/// watch, and its cycle, <c>latency.scheduling</c> later, decides on the cluster as it is then.
/// </summary>
public class SchedulingCycleTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    private static string Scenario(string actions) => $$$"""
        apiVersion: podsim.io/v1alpha1
        kind: Scenario
        metadata: {name: cycle}
        spec:
          latency: {scheduling: 10s}
          images: [{image: "nginx:1.25", present: true}]
          actions:
        {{{actions}}}
        ---
        apiVersion: v1
        kind: Node
        metadata: {name: cpu-1, labels: {pool: cpu}}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: trainer}
        spec:
          nodeSelector: {pool: gpu}
          containers: [{name: app, image: "nginx:1.25"}]
        """;

    private const string GpuNode = """
          - at: 5s
            create:
              manifest: |
                apiVersion: v1
                kind: Node
                metadata: {name: gpu-1, labels: {pool: gpu}}
        """;

    [Fact]
    public void The_cycle_sees_a_node_added_while_the_pod_waited_in_the_queue()
    {
        var sim = Sim.FromYaml(Scenario(GpuNode));

        sim.RunUntil(S(20));

        Sim.EventLines(sim).Should().StartWith(
            "10s Normal Scheduled trainer: Successfully assigned default/trainer to gpu-1");
        sim.GetPod("trainer")!.Spec!.NodeName.Should().Be("gpu-1");
    }

    [Fact]
    public void Without_a_fitting_node_the_cycle_marks_the_pod_unschedulable_and_a_later_node_gets_it_at_once()
    {
        var sim = Sim.FromYaml(Scenario(GpuNode.Replace("5s", "30s", StringComparison.Ordinal)));

        sim.RunUntil(S(31));

        Sim.EventLines(sim).Take(2).Should().Equal(
            "10s Warning FailedScheduling trainer: 0/1 nodes are available: 1 node(s) didn't match Pod's node affinity/selector. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.",
            "30s Normal Scheduled trainer: Successfully assigned default/trainer to gpu-1");
    }

    [Fact]
    public void A_pod_deleted_while_it_waited_in_the_queue_is_never_scheduled()
    {
        var sim = Sim.FromYaml(Scenario("  - {at: 5s, delete: {pod: trainer}}"));

        sim.RunUntil(S(20));

        sim.EventOccurrences.Should().BeEmpty();
        sim.GetPod("trainer").Should().BeNull();
    }
}
