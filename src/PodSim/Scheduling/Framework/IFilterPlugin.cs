using PodSim.Model;

namespace PodSim.Scheduling.Framework;

/// <summary>
/// A filter plugin of the scheduling framework: it rules nodes out for a pod (<c>pkg/scheduler/framework/interface.go</c>
/// FilterPlugin). Every filter must pass for a node to be feasible.
/// </summary>
public interface IFilterPlugin
{
    /// <summary>Gets the plugin's name, as the scheduler's configuration names it.</summary>
    string Name { get; }

    /// <summary>Says whether the pod may run on the node.</summary>
    /// <param name="pod">The pod being scheduled.</param>
    /// <param name="node">A candidate node.</param>
    /// <returns>Success, or why the node does not fit.</returns>
    PluginStatus Filter(Pod pod, Node node);
}
