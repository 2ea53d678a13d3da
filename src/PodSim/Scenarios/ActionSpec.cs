using PodSim.Model;

namespace PodSim.Scenarios;

/// <summary>Something done to the cluster at a virtual time; exactly one action field is set.</summary>
public sealed record ActionSpec
{
    /// <summary>Gets when the action happens, measured from the start time.</summary>
    public GoDuration? At { get; init; }

    /// <summary>Gets a delete of any object, like <c>kubectl delete</c>.</summary>
    public DeleteActionSpec? Delete { get; init; }

    /// <summary>Gets a kernel kill of a container process (no preStop, no grace).</summary>
    public KillActionSpec? Kill { get; init; }

    /// <summary>Gets the eviction this action makes, if it is one.</summary>
    public EvictActionSpec? Evict { get; init; }

    /// <summary>Gets the creation of objects from a manifest.</summary>
    public CreateActionSpec? Create { get; init; }

    /// <summary>Gets the application of objects from a manifest: create, or update what exists.</summary>
    public ApplyActionSpec? Apply { get; init; }
}
