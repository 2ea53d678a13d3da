using PodSim.Model;
using PodSim.Tests.Support;

namespace PodSim.Tests.Engine;

/// <summary>Admission runs when the simulation creates a pod: quota refusals, LimitRange defaults, release on completion.</summary>
public class SimulationAdmissionTests
{
    private const string Quota = """
        apiVersion: v1
        kind: ResourceQuota
        metadata: {name: compute}
        spec:
          hard: {pods: "2", requests.cpu: "1"}
        """;

    private static string Pod(string name, string cpu) => $$$"""
        apiVersion: v1
        kind: Pod
        metadata: {name: {{{name}}}}
        spec:
          restartPolicy: Never
          containers:
          - name: app
            image: busybox:1.36
            resources: {requests: {cpu: "{{{cpu}}}"}}
        """;

    [Fact]
    public void Pod_over_quota_is_refused_and_never_exists()
    {
        var sim = Sim.FromYaml(Quota + "\n---\n" + Pod("a", "500m") + "\n---\n" + Pod("b", "400m") + "\n---\n" + Pod("c", "200m"));

        sim.Pods.Select(p => p.Metadata!.Name).Should().Equal("a", "b");
        var rejection = sim.Rejections.Should().ContainSingle().Subject;
        rejection.Name.Should().Be("c");
        rejection.Plugin.Should().Be("ResourceQuota");
        rejection.Message.Should().Be("pods \"c\" is forbidden: exceeded quota: compute, requested: pods=1,requests.cpu=200m, used: pods=2,requests.cpu=900m, limited: pods=2,requests.cpu=1");
    }

    [Fact]
    public void Completed_pods_release_quota_for_a_later_create()
    {
        var sim = Sim.Run(
            """
            apiVersion: podsim.io/v1alpha1
            kind: Scenario
            metadata: {name: q}
            spec:
              behaviors: [{pod: a, exitAfter: 10s}]
              actions:
              - at: 5s
                create: {manifest: "{apiVersion: v1, kind: Pod, metadata: {name: early}, spec: {containers: [{name: app, image: busybox, resources: {requests: {cpu: 600m}}}]}}"}
              - at: 20s
                create: {manifest: "{apiVersion: v1, kind: Pod, metadata: {name: late}, spec: {containers: [{name: app, image: busybox, resources: {requests: {cpu: 600m}}}]}}"}
            ---
            """ + "\n" + Quota + "\n---\n" + Pod("a", "500m"),
            TimeSpan.FromSeconds(30));

        sim.Rejections.Select(r => r.Name + "@" + r.Offset.TotalSeconds).Should().Equal("early@5");
        sim.GetPod("a")!.Status!.Phase.Should().Be(PodPhases.Succeeded);
        sim.GetPod("late")!.Status!.Phase.Should().Be(PodPhases.Running);
        sim.GetPod("late")!.Metadata!.CreationTimestamp.Should().Be(sim.StartTime + TimeSpan.FromSeconds(20));
    }

    [Fact]
    public void LimitRange_defaults_land_on_the_simulated_pod()
    {
        var sim = Sim.Run(
            """
            apiVersion: v1
            kind: LimitRange
            metadata: {name: defaults}
            spec:
              limits:
              - type: Container
                default: {cpu: 500m, memory: 256Mi}
                defaultRequest: {cpu: 500m, memory: 256Mi}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers: [{name: app, image: nginx}]
            """,
            TimeSpan.FromSeconds(1));
        var pod = sim.GetPod("web")!;

        pod.Status!.QosClass.Should().Be(QosClasses.Guaranteed);
        pod.Spec!.Containers[0].Resources!.Limits["memory"].ToString().Should().Be("256Mi");
        pod.Metadata!.Annotations["kubernetes.io/limit-ranger"].Should().Be("LimitRanger plugin set: cpu, memory request for container app; cpu, memory limit for container app");
    }

    [Fact]
    public void GenerateName_gets_a_seeded_five_character_suffix()
    {
        const string pods = """
            apiVersion: v1
            kind: Pod
            metadata: {generateName: web-}
            spec: {containers: [{name: app, image: nginx}]}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {generateName: web-}
            spec: {containers: [{name: app, image: nginx}]}
            """;
        var first = Sim.FromYaml(pods).Pods.Select(p => p.Metadata!.Name).ToList();
        var again = Sim.FromYaml(pods).Pods.Select(p => p.Metadata!.Name).ToList();

        first.Should().HaveCount(2).And.OnlyContain(n => System.Text.RegularExpressions.Regex.IsMatch(n!, "^web-[bcdfghjklmnpqrstvwxz2456789]{5}$"));
        first[0].Should().NotBe(first[1]);
        again.Should().Equal(first);
    }

    [Fact]
    public void A_workload_is_kept_and_the_missing_controller_is_reported()
    {
        var sim = Sim.FromYaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec: {containers: [{name: app, image: nginx}]}
            """);

        sim.Pods.Should().BeEmpty();
        sim.Snapshot().Objects.Should().ContainSingle().Which.Kind.Should().Be("Deployment");
        sim.Warnings.Should().Equal("+0s Deployment/web: workload controllers are not simulated yet, so no pods are created from its template");
    }

    [Fact]
    public void Without_a_node_in_the_input_the_default_node_exists_with_ample_capacity()
    {
        var sim = Sim.Run(Pod("a", "100m"), TimeSpan.FromSeconds(1));

        var node = sim.Snapshot().Objects.OfType<Node>().Should().ContainSingle().Subject;
        node.Metadata!.Name.Should().Be("node-1");
        node.Status!.Capacity["memory"].ToString().Should().Be("256Gi");
        node.Status.Addresses.Should().ContainEquivalentOf(new NodeAddress { Type = "InternalIP", Address = "10.0.0.1" });
        sim.GetPod("a")!.Spec!.NodeName.Should().Be("node-1");
    }

    [Fact]
    public void A_node_in_the_input_is_used_instead_of_the_default()
    {
        var sim = Sim.Run(
            """
            apiVersion: v1
            kind: Node
            metadata: {name: worker-7}
            status: {addresses: [{type: InternalIP, address: 192.168.1.7}]}
            ---
            """ + "\n" + Pod("a", "100m"),
            TimeSpan.FromSeconds(1));

        sim.Snapshot().Objects.OfType<Node>().Select(n => n.Metadata!.Name).Should().Equal("worker-7");
        sim.GetPod("a")!.Status!.HostIP.Should().Be("192.168.1.7");
    }

    [Fact]
    public void Scheduling_constraints_that_are_not_evaluated_are_reported()
    {
        var sim = Sim.Run(
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              nodeSelector: {disktype: ssd}
              containers: [{name: app, image: nginx}]
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: pinned}
            spec:
              nodeName: worker-9
              containers: [{name: app, image: nginx}]
            """,
            TimeSpan.FromSeconds(1));

        sim.Warnings.Should().Equal(
            "+0s Pod/pinned: node \"worker-9\" is not in the input; PodSim runs the pod on a simulated node of that name");
        sim.GetPod("web")!.Status!.Phase.Should().Be(PodPhases.Pending);
    }

    [Fact]
    public void A_pod_whose_selector_no_node_matches_is_unschedulable_until_a_matching_node_appears()
    {
        var sim = Sim.FromYaml(
            """
            apiVersion: podsim.io/v1alpha1
            kind: Scenario
            metadata: {name: sched}
            spec:
              actions:
              - at: 30s
                create: {manifest: "{apiVersion: v1, kind: Node, metadata: {name: ssd-1, labels: {disktype: ssd}}, status: {addresses: [{type: InternalIP, address: 10.0.0.9}]}}"}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              nodeSelector: {disktype: ssd}
              containers: [{name: app, image: nginx}]
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: linux}
            spec:
              nodeSelector: {kubernetes.io/os: linux}
              containers: [{name: app, image: nginx}]
            """);
        sim.RunUntil(TimeSpan.FromSeconds(29));

        var pending = sim.GetPod("web")!;
        pending.Status!.Phase.Should().Be(PodPhases.Pending);
        var scheduled = pending.Status.Conditions.Should().ContainSingle().Subject;
        scheduled.Reason.Should().Be("Unschedulable");
        scheduled.Message.Should().Be("0/1 nodes are available: 1 node(s) didn't match Pod's node affinity/selector. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.");
        sim.Events.Should().ContainSingle(e => e.Reason == "FailedScheduling" && e.Type == "Warning" && e.Source!.Component == "default-scheduler");
        sim.GetPod("linux")!.Spec!.NodeName.Should().Be("node-1", "the default node carries the usual kubernetes.io labels");

        sim.RunUntil(TimeSpan.FromSeconds(31));
        var bound = sim.GetPod("web")!;
        bound.Spec!.NodeName.Should().Be("ssd-1");
        bound.Status!.HostIP.Should().Be("10.0.0.9");
        bound.Status.Phase.Should().Be(PodPhases.Running);
        sim.Events.Should().Contain(e => e.Reason == "Scheduled" && e.Message == "Successfully assigned default/web to ssd-1");
    }

    [Fact]
    public void Scenario_parts_that_can_have_no_effect_are_reported()
    {
        var sim = Sim.FromYaml(
            """
            apiVersion: podsim.io/v1alpha1
            kind: Scenario
            metadata: {name: lint}
            spec:
              until: 1m
              images: [{image: "nginx:1.25.0", present: true}]
              behaviors: [{pod: wbe, exitAfter: 5s}, {container: app, exitAfter: 5s}]
              actions: [{at: 5m, delete: {pod: web}}]
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec: {containers: [{name: app, image: "nginx:1.25"}]}
            """);

        sim.Warnings.Should().Equal(
            "+0s spec.behaviors[0]: matches no container of the input's pods",
            "+0s spec.images[0]: no container of the input's pods uses image \"nginx:1.25.0\"",
            "+0s spec.actions[0]: at 5m0s is after the scenario's until (1m0s), so a run to the horizon does not reach it");
    }
}
