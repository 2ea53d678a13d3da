namespace PodSim.Model;

/// <summary>The configuration of a node.</summary>
public sealed record NodeSpec
{
    /// <summary>Gets the pod IP range assigned to the node.</summary>
    public string? PodCIDR { get; init; }

    /// <summary>Gets the pod IP ranges assigned to the node.</summary>
    public IReadOnlyList<string> PodCIDRs { get; init; } = [];

    /// <summary>Gets the node's identifier at the cloud provider.</summary>
    public string? ProviderID { get; init; }

    /// <summary>Gets a value indicating whether new pods may not be scheduled to the node.</summary>
    public bool? Unschedulable { get; init; }

    /// <summary>Gets the taints that repel pods lacking a matching toleration.</summary>
    public IReadOnlyList<Taint> Taints { get; init; } = [];
}
