using FluentAssertions;
using PodSim.ApiServer;
using PodSim.Model;
using PodSim.Tests.Support;

namespace PodSim.Tests.Scheduling;

/// <summary>
/// Pods being deleted are never scheduled nor started (<c>pkg/scheduler/schedule_one.go</c> skipPodSchedule), gone pods
/// leave the unschedulable list, and a cluster whose Nodes were deleted has no node to offer.
/// </summary>
public class SchedulerReviewTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    private static string Held(string nodeName) => $$$"""
        apiVersion: podsim.io/v1alpha1
        kind: Scenario
        metadata: {name: held}
        spec:
          latency: {scheduling: 5s}
          images: [{image: "nginx:1.25", present: true}]
          actions:
          - {at: 2s, delete: {pod: held}}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: held, finalizers: [example.com/hold]}
        spec:
          {{{nodeName}}}
          containers: [{name: app, image: "nginx:1.25"}]
        """;

    [Fact]
    public void A_pod_deleted_while_queued_and_held_by_a_finalizer_is_skipped_by_its_cycle()
    {
        var sim = Sim.FromYaml(Held(string.Empty));

        sim.RunUntil(S(30));

        Sim.EventLines(sim).Should().Equal("5s Warning FailedScheduling held: skip schedule deleting pod: default/held");
        var pod = sim.GetPod("held")!;
        pod.Spec!.NodeName.Should().BeNullOrEmpty();
        pod.Metadata.DeletionTimestamp.Should().NotBeNull();
    }

    [Fact]
    public void A_pod_that_names_its_node_and_is_deleted_before_its_kubelet_takes_it_starts_nothing()
    {
        var sim = Sim.FromYaml(Held("nodeName: node-1"));

        sim.RunUntil(S(30));

        sim.EventOccurrences.Should().BeEmpty();
        sim.GetPod("held")!.Status!.ContainerStatuses.Should().BeEmpty("the kubelet never admitted the pod");
        Sim.TransitionLines(sim).Should().NotContain(l => l.Contains("spec.nodeName", StringComparison.Ordinal) || l.Contains("Running", StringComparison.Ordinal));
    }

    [Fact]
    public void Deleted_unschedulable_pods_leave_the_unschedulable_list()
    {
        var sim = new Simulation();
        for (var i = 0; i < 20; i++)
        {
            sim.Create(new Pod
            {
                Metadata = new ObjectMeta { Name = "p" + i },
                Spec = new PodSpec { NodeSelector = new Dictionary<string, string> { ["pool"] = "none" }, Containers = [new Container { Name = "app", Image = "nginx:1.25" }] },
            });
            sim.RunFor(S(1));
            sim.DeletePod("p" + i).Should().BeTrue();
            sim.RunFor(S(1));
        }

        sim.Scheduler.UnschedulableCount.Should().Be(0);
    }

    [Fact]
    public void After_its_last_node_is_deleted_the_cluster_offers_no_node()
    {
        var sim = Sim.FromYaml("""
            apiVersion: podsim.io/v1alpha1
            kind: Scenario
            metadata: {name: node-gone}
            spec:
              images: [{image: "nginx:1.25", present: true}]
              actions:
              - {at: 5s, delete: {kind: Node, name: a}}
              - at: 10s
                create:
                  manifest: |
                    apiVersion: v1
                    kind: Pod
                    metadata: {name: late}
                    spec:
                      containers: [{name: app, image: "nginx:1.25"}]
            ---
            apiVersion: v1
            kind: Node
            metadata: {name: a}
            """);

        sim.RunUntil(S(20));

        Sim.EventLines(sim).Should().Equal("10s Warning FailedScheduling late: no nodes available to schedule pods");
        sim.Api.Store.Live<Node>().Should().BeEmpty("no default node appears once the input had a Node");
    }

    [Fact]
    public void A_budget_spec_update_bumps_its_generation_so_a_stale_status_refuses_evictions()
    {
        var sim = Sim.FromYaml("""
            apiVersion: podsim.io/v1alpha1
            kind: Scenario
            metadata: {name: stale}
            spec:
              images: [{image: "nginx:1.25", present: true}]
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web, labels: {app: web}}
            spec:
              containers: [{name: app, image: "nginx:1.25"}]
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata: {name: web-pdb}
            spec:
              minAvailable: 1
              selector: {matchLabels: {app: web}}
            """);
        sim.RunUntil(S(5));
        var pdb = (PodDisruptionBudget)sim.Api.Get("PodDisruptionBudget", "default", "web-pdb");
        pdb = sim.Api.UpdateStatus(pdb with { Status = new PodDisruptionBudgetStatus { ObservedGeneration = 1, DisruptionsAllowed = 1, CurrentHealthy = 1, DesiredHealthy = 0 } });

        var updated = (PodDisruptionBudget)sim.Api.Update(pdb with { Spec = pdb.Spec! with { MinAvailable = 2 } });

        updated.Metadata.Generation.Should().Be(2);
        var act = () => sim.EvictPod("web");
        act.Should().Throw<ApiStatusException>().Which.OtherCauses.Should().Equal(
            "DisruptionBudget: The disruption budget web-pdb is still being processed by the server.");
    }
}
