using PodSim.Model;

namespace PodSim.Scenarios;

/// <summary>A graceful delete of a pod.</summary>
public sealed record DeleteActionSpec
{
    /// <summary>Gets the pod's name.</summary>
    public string? Pod { get; init; }

    /// <summary>Gets the pod's namespace (default <c>default</c>).</summary>
    public string? Namespace { get; init; }

    /// <summary>Gets the grace period; default the pod's terminationGracePeriodSeconds.</summary>
    public long? GracePeriodSeconds { get; init; }
}
