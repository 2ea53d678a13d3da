namespace PodSim.Scheduling.Framework;

/// <summary>A plugin's answer: a code and, when the node does not fit, the reason the scheduler's message counts.</summary>
/// <param name="Code">The code.</param>
/// <param name="Reason">The reason, such as <c>node(s) didn't match Pod's node affinity/selector</c>.</param>
public sealed record PluginStatus(PluginStatusCode Code, string? Reason = null)
{
    /// <summary>Gets the answer for a node that fits.</summary>
    public static PluginStatus Success { get; } = new(PluginStatusCode.Success);

    /// <summary>Gets a value indicating whether the node fits.</summary>
    public bool IsSuccess => Code == PluginStatusCode.Success;
}
