using System.Globalization;
using PodSim.Model;

namespace PodSim.Scheduling.Framework;

/// <summary>
/// The DefaultPreemption post-filter as far as PodSim goes: it finds no victims, and says so as upstream does when
/// every node failed with an unresolvable reason (<c>pkg/scheduler/framework/plugins/defaultpreemption</c>).
/// </summary>
internal sealed class DefaultPreemptionPlugin : IPostFilterPlugin
{
    public string Name => "DefaultPreemption";

    public string PostFilter(Pod pod, IReadOnlyList<(Node Node, PluginStatus Status)> nodes)
    {
        var n = nodes.Count.ToString(CultureInfo.InvariantCulture);
        return "preemption: 0/" + n + " nodes are available: " + n + " Preemption is not helpful for scheduling.";
    }
}
