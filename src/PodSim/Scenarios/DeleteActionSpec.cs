using PodSim.Model;

namespace PodSim.Scenarios;

/// <summary>A delete of a pod, as <c>kubectl delete pod</c> sends it.</summary>
public sealed record DeleteActionSpec
{
    /// <summary>Gets the pod's name.</summary>
    public string? Pod { get; init; }

    /// <summary>Gets the pod's namespace (default <c>default</c>).</summary>
    public string? Namespace { get; init; }

    /// <summary>
    /// Gets the grace period; default the pod's terminationGracePeriodSeconds. As with <c>kubectl delete</c>, 0 without
    /// <see cref="Force"/> is sent as 1.
    /// </summary>
    public long? GracePeriodSeconds { get; init; }

    /// <summary>
    /// Gets a value indicating whether the delete is forced (<c>kubectl delete --force</c>): the grace defaults to 0 and
    /// a grace of 0 removes the object at once, while the kubelet still stops the containers.
    /// </summary>
    public bool? Force { get; init; }
}
