using PodSim.Model;

namespace PodSim.Configuration;

/// <summary>
/// The cluster objects a container's configuration is read from, as ordered lists (the first object with a given
/// namespace and name wins), plus the node the pod runs on and the cluster settings.
/// </summary>
public sealed record ConfigurationSources
{
    /// <summary>Gets the ConfigMaps that exist; objects without a namespace count as <c>default</c>.</summary>
    public IReadOnlyList<ConfigMap> ConfigMaps { get; init; } = [];

    /// <summary>Gets the Secrets that exist; objects without a namespace count as <c>default</c>.</summary>
    public IReadOnlyList<Secret> Secrets { get; init; } = [];

    /// <summary>Gets the Services that exist, for service-link environment variables.</summary>
    public IReadOnlyList<Service> Services { get; init; } = [];

    /// <summary>Gets the node the pod runs on; its allocatable resources stand in for missing limits.</summary>
    public Node? Node { get; init; }

    /// <summary>Gets the cluster and node settings.</summary>
    public ClusterSettings Settings { get; init; } = ClusterSettings.Default;
}
