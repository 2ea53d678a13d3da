using PodSim.Model;
using PodSim.Scheduling.Framework;
using PodSim.Tests.Support;

namespace PodSim.Tests.Scheduling;

/// <summary>
/// The scheduler is a component with plugin extension points: the built-in NodeAffinity filter and DefaultPreemption
/// post-filter, and users' own filter, score and post-filter plugins added from C#.
/// </summary>
public class SchedulerPluginTests
{
    private const string TwoNodes = """
        apiVersion: v1
        kind: Node
        metadata: {name: small, labels: {size: small}}
        status: {capacity: {cpu: "2", memory: 4Gi, pods: "110"}, allocatable: {cpu: "2", memory: 4Gi, pods: "110"}}
        ---
        apiVersion: v1
        kind: Node
        metadata: {name: large, labels: {size: large}}
        status: {capacity: {cpu: "16", memory: 64Gi, pods: "110"}, allocatable: {cpu: "16", memory: 64Gi, pods: "110"}}
        """;

    private const string Pod = """
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec: {containers: [{name: app, image: nginx}]}
        """;

    private sealed class AvoidSmall : IFilterPlugin
    {
        public string Name => "AvoidSmall";

        public PluginStatus Filter(Pod pod, Node node) =>
            node.Metadata?.Labels.GetValueOrDefault("size") == "small" ? new PluginStatus(PluginStatusCode.Unschedulable, "node(s) were too small") : PluginStatus.Success;
    }

    private sealed class PreferCpu : IScorePlugin
    {
        public string Name => "PreferCpu";

        public long Score(Pod pod, Node node) => (long)(node.Status!.Allocatable["cpu"].Value());
    }

    private static PodSim.Simulation Build(string yaml, params object[] plugins)
    {
        var manifests = new PodSim.Manifests.ManifestLoader().LoadString(yaml);
        var nodesOnly = new PodSim.Manifests.ManifestLoader().LoadString(TwoNodes);
        var sim = PodSim.Simulation.FromManifests(nodesOnly);
        foreach (var plugin in plugins)
        {
            sim.AddSchedulerPlugin(plugin);
        }

        foreach (var loaded in manifests.Objects)
        {
            sim.Create(loaded.Object);
        }

        return sim;
    }

    [Fact]
    public void Without_plugins_the_first_node_in_creation_order_is_chosen()
    {
        var sim = Build(Pod);
        sim.RunUntil(TimeSpan.FromSeconds(1));

        sim.GetPod("web")!.Spec!.NodeName.Should().Be("small");
    }

    [Fact]
    public void A_score_plugin_ranks_the_feasible_nodes()
    {
        var sim = Build(Pod, new PreferCpu());
        sim.RunUntil(TimeSpan.FromSeconds(1));

        sim.GetPod("web")!.Spec!.NodeName.Should().Be("large");
        Sim.EventLines(sim).Should().Contain("0s Normal Scheduled web: Successfully assigned default/web to large");
    }

    [Fact]
    public void A_filter_plugin_rules_nodes_out_and_its_reason_is_counted_in_the_failure_message()
    {
        var selectLarge = Pod.Replace("spec: {containers", "spec: {nodeSelector: {size: large}, containers", StringComparison.Ordinal);
        var sim = Build(selectLarge, new AvoidSmall());
        sim.RunUntil(TimeSpan.FromSeconds(1));
        sim.GetPod("web")!.Spec!.NodeName.Should().Be("large");

        var nowhere = Pod.Replace("spec: {containers", "spec: {nodeSelector: {size: small}, containers", StringComparison.Ordinal);
        var refused = Build(nowhere.Replace("name: web", "name: api", StringComparison.Ordinal), new AvoidSmall());
        refused.RunUntil(TimeSpan.FromSeconds(1));

        var pod = refused.GetPod("api")!;
        pod.Spec!.NodeName.Should().BeNull();
        pod.Status!.Conditions.Should().ContainSingle(c => c.Type == "PodScheduled").Which.Message.Should().Be(
            "0/2 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, 1 node(s) were too small. " +
            "preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.");
    }

    [Fact]
    public void An_object_that_is_no_plugin_is_refused()
    {
        var sim = new PodSim.Simulation();

        var act = () => sim.AddSchedulerPlugin("not a plugin");

        act.Should().Throw<ArgumentException>();
    }
}
