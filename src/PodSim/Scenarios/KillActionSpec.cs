using PodSim.Model;

namespace PodSim.Scenarios;

/// <summary>A kernel kill of a container process.</summary>
public sealed record KillActionSpec
{
    /// <summary>Gets the pod's name.</summary>
    public string? Pod { get; init; }

    /// <summary>Gets the pod's namespace (default <c>default</c>).</summary>
    public string? Namespace { get; init; }

    /// <summary>Gets the container's name.</summary>
    public string? Container { get; init; }

    /// <summary>Gets the termination reason (default <c>OOMKilled</c>); the exit code is 137.</summary>
    public string? Reason { get; init; }
}
