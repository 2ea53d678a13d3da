using PodSim.Model;

namespace PodSim.Scenarios;

/// <summary>
/// A delete of an object, as <c>kubectl delete</c> sends it: <see cref="Kind"/> and <see cref="Name"/>, or
/// <see cref="Pod"/> as a shorthand for kind Pod.
/// </summary>
public sealed record DeleteActionSpec
{
    /// <summary>Gets the pod's name: a shorthand for <see cref="Kind"/> Pod and <see cref="Name"/>.</summary>
    public string? Pod { get; init; }

    /// <summary>Gets the object's kind, such as <c>ConfigMap</c> (with <see cref="Name"/>).</summary>
    public string? Kind { get; init; }

    /// <summary>Gets the object's name (with <see cref="Kind"/>).</summary>
    public string? Name { get; init; }

    /// <summary>Gets the object's namespace (default <c>default</c>; ignored for cluster-scoped kinds).</summary>
    public string? Namespace { get; init; }

    /// <summary>
    /// Gets what happens to the object's dependents (<c>--cascade</c>): <c>Background</c> (the default),
    /// <c>Foreground</c> or <c>Orphan</c>.
    /// </summary>
    public string? PropagationPolicy { get; init; }

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
