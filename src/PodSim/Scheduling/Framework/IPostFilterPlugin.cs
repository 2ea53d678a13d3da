using PodSim.Model;

namespace PodSim.Scheduling.Framework;

/// <summary>
/// A post-filter plugin: it runs when no node is feasible, to make one so (preemption) or to explain why it cannot
/// (<c>pkg/scheduler/framework/interface.go</c> PostFilterPlugin).
/// </summary>
public interface IPostFilterPlugin
{
    /// <summary>Gets the plugin's name.</summary>
    string Name { get; }

    /// <summary>Runs after every node was filtered out.</summary>
    /// <param name="pod">The pod that could not be scheduled.</param>
    /// <param name="nodes">Every node with the status that ruled it out, in creation order.</param>
    /// <returns>The part of the FailedScheduling message the plugin adds, such as <c>preemption: 0/3 nodes are available: ...</c>.</returns>
    string PostFilter(Pod pod, IReadOnlyList<(Node Node, PluginStatus Status)> nodes);
}
