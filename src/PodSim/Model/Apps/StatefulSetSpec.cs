namespace PodSim.Model;

/// <summary>The desired state of a stateful set.</summary>
public sealed record StatefulSetSpec
{
    /// <summary>Gets the number of pods wanted.</summary>
    public int? Replicas { get; init; }

    /// <summary>Gets the selector of the pods the stateful set manages.</summary>
    public LabelSelector? Selector { get; init; }

    /// <summary>Gets the template new pods are created from.</summary>
    public PodTemplateSpec? Template { get; init; }

    /// <summary>Gets the name of the headless service that gives the pods their network identity.</summary>
    public string? ServiceName { get; init; }

    /// <summary>Gets how pods are created and deleted (OrderedReady or Parallel).</summary>
    public string? PodManagementPolicy { get; init; }

    /// <summary>Gets how pods are updated when the template changes.</summary>
    public StatefulSetUpdateStrategy? UpdateStrategy { get; init; }

    /// <summary>Gets how many old revisions are kept.</summary>
    public int? RevisionHistoryLimit { get; init; }

    /// <summary>Gets how long, in seconds, a pod must be ready to count as available.</summary>
    public int? MinReadySeconds { get; init; }

    /// <summary>Gets what happens to the pods' volume claims on deletion and scale-down.</summary>
    public StatefulSetPersistentVolumeClaimRetentionPolicy? PersistentVolumeClaimRetentionPolicy { get; init; }

    /// <summary>Gets how replica indexes are numbered.</summary>
    public StatefulSetOrdinals? Ordinals { get; init; }

    /// <summary>Gets the claim templates for each replica, kept as written: PodSim does not simulate it.</summary>
    public IReadOnlyList<FreeformValue> VolumeClaimTemplates { get; init; } = [];
}
