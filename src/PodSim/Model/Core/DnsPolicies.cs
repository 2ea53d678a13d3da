namespace PodSim.Model;

/// <summary>Well-known values of a pod's DNS policy.</summary>
public static class DnsPolicies
{
    /// <summary>Cluster DNS first, also for pods on the host network.</summary>
    public const string ClusterFirstWithHostNet = "ClusterFirstWithHostNet";

    /// <summary>Cluster DNS first, falling back to the node's resolvers.</summary>
    public const string ClusterFirst = "ClusterFirst";

    /// <summary>The node's own resolver configuration.</summary>
    public const string Default = "Default";

    /// <summary>No generated configuration; only the pod's DNS config applies.</summary>
    public const string None = "None";
}
