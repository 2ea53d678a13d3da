namespace PodSim.Model;

/// <summary>The desired state of a daemon set.</summary>
public sealed record DaemonSetSpec
{
    /// <summary>Gets the selector of the pods the daemon set manages.</summary>
    public LabelSelector? Selector { get; init; }

    /// <summary>Gets the template new pods are created from.</summary>
    public PodTemplateSpec? Template { get; init; }

    /// <summary>Gets how pods are updated when the template changes.</summary>
    public DaemonSetUpdateStrategy? UpdateStrategy { get; init; }

    /// <summary>Gets how long, in seconds, a pod must be ready to count as available.</summary>
    public int? MinReadySeconds { get; init; }

    /// <summary>Gets how many old revisions are kept.</summary>
    public int? RevisionHistoryLimit { get; init; }
}
