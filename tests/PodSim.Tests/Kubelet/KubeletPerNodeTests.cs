using FluentAssertions;
using PodSim.Engine;
using PodSim.Model;
using PodSim.Tests.Support;

namespace PodSim.Tests.Kubelet;

/// <summary>
/// One kubelet per Node object: it takes the pods bound to its node from the API server's watch, owns their workers,
/// and forgets a worker when its pod is gone (<c>pkg/kubelet/kubelet.go</c> HandlePodAdditions/HandlePodRemoves).
/// </summary>
public class KubeletPerNodeTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    private const string TwoNodes = """
        apiVersion: podsim.io/v1alpha1
        kind: Scenario
        metadata: {name: two-nodes}
        spec:
          images: [{image: "nginx:1.25", present: true}]
          actions:
          - at: 30s
            create:
              manifest: |
                apiVersion: v1
                kind: Node
                metadata: {name: late, labels: {pool: late}}
                status:
                  addresses: [{type: InternalIP, address: 10.0.0.30}]
        ---
        apiVersion: v1
        kind: Node
        metadata: {name: a, labels: {pool: a}}
        status:
          addresses: [{type: InternalIP, address: 10.0.0.5}]
        ---
        apiVersion: v1
        kind: Node
        metadata: {name: b, labels: {pool: b}}
        status:
          addresses: [{type: InternalIP, address: 10.0.0.6}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: on-b}
        spec:
          nodeSelector: {pool: b}
          containers: [{name: app, image: "nginx:1.25"}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: on-a}
        spec:
          nodeSelector: {pool: a}
          containers: [{name: app, image: "nginx:1.25"}]
        """;

    [Fact]
    public void Every_node_object_gets_its_kubelet_when_it_is_added_before_any_pod_is_bound_to_it()
    {
        var sim = Sim.FromYaml(TwoNodes);

        sim.Kubelets.All.Select(k => k.Name + "@" + k.Address).Should().Equal("a@10.0.0.5", "b@10.0.0.6");
        sim.RunUntil(S(30));
        sim.Kubelets.All.Select(k => k.Name + "@" + k.Address).Should().Equal("a@10.0.0.5", "b@10.0.0.6", "late@10.0.0.30");
        sim.Kubelets.All.Select(k => k.PodCount).Should().Equal(1, 1, 0);
    }

    [Fact]
    public void A_pod_is_run_by_the_kubelet_of_the_node_it_is_bound_to()
    {
        var sim = Sim.FromYaml(TwoNodes);
        sim.RunUntil(S(1));

        var hosts = sim.EventOccurrences
            .Where(e => e.Event.Source?.Component == "kubelet")
            .Select(e => e.Event.InvolvedObject!.Name + " " + e.Event.Reason + " " + e.Event.Source!.Host)
            .ToList();
        hosts.Should().Equal(
            "on-b Pulled b", "on-b Created b", "on-b Started b",
            "on-a Pulled a", "on-a Created a", "on-a Started a");
        sim.GetPod("on-a")!.Status!.HostIP.Should().Be("10.0.0.5");
        sim.GetPod("on-b")!.Status!.HostIP.Should().Be("10.0.0.6");
        sim.Kubelets.WorkerFor("default", "on-a")!.Pod.Spec!.NodeName.Should().Be("a");
    }

    [Fact]
    public void The_workers_of_deleted_pods_are_released_so_that_churn_leaves_no_worker_behind()
    {
        var sim = new Simulation();
        for (var i = 0; i < 20; i++)
        {
            sim.Create(new Pod
            {
                ApiVersion = "v1",
                Kind = "Pod",
                Metadata = new ObjectMeta { Name = "p" + i, Namespace = "default" },
                Spec = new PodSpec { TerminationGracePeriodSeconds = 1, Containers = [new Container { Name = "app", Image = "nginx:1.25" }] },
            });
        }

        sim.RunUntil(S(10));
        sim.Kubelets.PodCount.Should().Be(20);

        for (var i = 0; i < 20; i++)
        {
            sim.DeletePod("p" + i).Should().BeTrue();
        }

        sim.RunUntil(S(20));
        sim.Pods.Should().BeEmpty();
        sim.Kubelets.PodCount.Should().Be(0);
        sim.Kubelets.WorkerFor("default", "p0").Should().BeNull();
    }

    [Fact]
    public void The_deletion_of_a_pod_no_kubelet_runs_yet_is_recorded_and_the_pod_goes_at_once()
    {
        var sim = Sim.FromYaml("""
            apiVersion: podsim.io/v1alpha1
            kind: Scenario
            metadata: {name: unbound-delete}
            spec:
              actions:
              - {at: 5s, delete: {pod: waiting}}
              - {at: 6s, kill: {pod: waiting, container: app}}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: waiting}
            spec:
              nodeSelector: {pool: none}
              containers: [{name: app, image: "nginx:1.25"}]
            """);

        sim.RunUntil(S(10));

        Sim.TransitionLines(sim).Should().Equal(
            "0s status.conditions[PodScheduled]:  -> False",
            "5s metadata.deletionTimestamp:  -> 2025-01-01T00:00:05Z",
            "5s metadata: present -> deleted");
        sim.Kubelets.PodCount.Should().Be(0);
        sim.Warnings.Should().Contain("+6s spec.actions[1].kill: pod \"default/waiting\" not found");
    }

    [Fact]
    public void Killing_a_container_of_a_pod_no_kubelet_runs_yet_says_that_it_is_not_running()
    {
        var sim = Sim.FromYaml("""
            apiVersion: podsim.io/v1alpha1
            kind: Scenario
            metadata: {name: unbound-kill}
            spec:
              actions:
              - {at: 5s, kill: {pod: waiting, container: app}}
              - {at: 5s, kill: {pod: waiting, container: other}}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: waiting}
            spec:
              nodeSelector: {pool: none}
              containers: [{name: app, image: "nginx:1.25"}]
            """);

        sim.RunUntil(S(10));

        sim.Warnings.Should().Equal(
            "+5s spec.actions[0].kill: container \"app\" is not running",
            "+5s spec.actions[1].kill: container \"other\" not found in pod");
    }
}
