namespace PodSim.Model;

/// <summary>A reference to a persistent volume claim in the pod's namespace.</summary>
public sealed record PersistentVolumeClaimVolumeSource
{
    /// <summary>Gets the name of the claim.</summary>
    public string? ClaimName { get; init; }

    /// <summary>Gets a value indicating whether the volume is mounted read-only.</summary>
    public bool? ReadOnly { get; init; }
}
