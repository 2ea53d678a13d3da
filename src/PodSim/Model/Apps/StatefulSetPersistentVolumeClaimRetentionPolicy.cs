namespace PodSim.Model;

/// <summary>What happens to a stateful set's volume claims.</summary>
public sealed record StatefulSetPersistentVolumeClaimRetentionPolicy
{
    /// <summary>Gets what happens to the claims when the stateful set is deleted (Retain or Delete).</summary>
    public string? WhenDeleted { get; init; }

    /// <summary>Gets what happens to the claims when the stateful set scales down (Retain or Delete).</summary>
    public string? WhenScaled { get; init; }
}
