namespace PodSim.Scheduling.Framework;

/// <summary>What a plugin says about a pod and a node (<c>pkg/scheduler/framework/interface.go</c> Code).</summary>
public enum PluginStatusCode
{
    /// <summary>The node fits, as far as the plugin is concerned.</summary>
    Success,

    /// <summary>The node does not fit now; preemption might help.</summary>
    Unschedulable,

    /// <summary>The node does not fit, and preemption would not help.</summary>
    UnschedulableAndUnresolvable,
}
