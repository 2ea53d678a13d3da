namespace PodSim.Model;

/// <summary>A reference to an object by name in the same namespace.</summary>
public sealed record LocalObjectReference
{
    /// <summary>Gets the referenced object's name.</summary>
    public string? Name { get; init; }
}
