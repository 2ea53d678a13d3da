namespace PodSim.Model;

/// <summary>The resource overhead of a runtime class.</summary>
public sealed record Overhead
{
    /// <summary>Gets the fixed resources added to each pod.</summary>
    public IReadOnlyDictionary<string, Quantity> PodFixed { get; init; } = EmptyMap.Quantities;
}
