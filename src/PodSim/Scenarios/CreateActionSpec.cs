using PodSim.Model;

namespace PodSim.Scenarios;

/// <summary>Creates objects.</summary>
public sealed record CreateActionSpec
{
    /// <summary>Gets inline YAML of one or more objects of any supported kind.</summary>
    public string? Manifest { get; init; }
}
