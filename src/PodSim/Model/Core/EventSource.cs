namespace PodSim.Model;

/// <summary>The component and host that reported an event.</summary>
public sealed record EventSource
{
    /// <summary>Gets the component, such as <c>kubelet</c> or <c>default-scheduler</c>.</summary>
    public string? Component { get; init; }

    /// <summary>Gets the host (node) the component runs on.</summary>
    public string? Host { get; init; }
}
