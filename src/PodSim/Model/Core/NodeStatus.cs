namespace PodSim.Model;

/// <summary>The observed state of a node.</summary>
public sealed record NodeStatus
{
    /// <summary>Gets the node's total resources.</summary>
    public IReadOnlyDictionary<string, Quantity> Capacity { get; init; } = EmptyMap.Quantities;

    /// <summary>Gets the node's resources available to pods.</summary>
    public IReadOnlyDictionary<string, Quantity> Allocatable { get; init; } = EmptyMap.Quantities;

    /// <summary>Gets the node's deprecated lifecycle phase.</summary>
    public string? Phase { get; init; }

    /// <summary>Gets the node's current conditions.</summary>
    public IReadOnlyList<NodeCondition> Conditions { get; init; } = [];

    /// <summary>Gets the node's addresses.</summary>
    public IReadOnlyList<NodeAddress> Addresses { get; init; } = [];

    /// <summary>Gets the node's system information, kept as written: PodSim does not simulate it.</summary>
    public FreeformValue? NodeInfo { get; init; }

    /// <summary>Gets the endpoints of daemons on the node, kept as written: PodSim does not simulate it.</summary>
    public FreeformValue? DaemonEndpoints { get; init; }

    /// <summary>Gets the images present on the node, kept as written: PodSim does not simulate it.</summary>
    public IReadOnlyList<FreeformValue> Images { get; init; } = [];
}
