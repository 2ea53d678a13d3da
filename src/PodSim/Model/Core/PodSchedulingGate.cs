namespace PodSim.Model;

/// <summary>A gate that holds a pod back from scheduling.</summary>
public sealed record PodSchedulingGate
{
    /// <summary>Gets the gate's name.</summary>
    public string? Name { get; init; }
}
