using PodSim.Model;

namespace PodSim.Scheduling.Framework;

/// <summary>
/// The NodeAffinity filter as far as PodSim evaluates it: every <c>nodeSelector</c> label must be on the node
/// (<c>pkg/scheduler/framework/plugins/nodeaffinity/node_affinity.go</c>). Required node affinity terms are not
/// evaluated yet (the simulation warns about them).
/// </summary>
internal sealed class NodeAffinityPlugin : IFilterPlugin
{
    /// <summary>The reason upstream gives.</summary>
    public const string Reason = "node(s) didn't match Pod's node affinity/selector";

    public string Name => "NodeAffinity";

    public PluginStatus Filter(Pod pod, Node node)
    {
        var labels = node.Metadata.Labels ?? EmptyMap.Strings;
        foreach (var (key, value) in pod.Spec?.NodeSelector ?? EmptyMap.Strings)
        {
            if (!labels.TryGetValue(key, out var actual) || actual != value)
            {
                return new PluginStatus(PluginStatusCode.UnschedulableAndUnresolvable, Reason);
            }
        }

        return PluginStatus.Success;
    }
}
