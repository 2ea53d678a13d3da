namespace PodSim.Model;

/// <summary>The desired state of a replication controller.</summary>
public sealed record ReplicationControllerSpec
{
    /// <summary>Gets the number of pods wanted.</summary>
    public int? Replicas { get; init; }

    /// <summary>Gets how long, in seconds, a pod must be ready to count as available.</summary>
    public int? MinReadySeconds { get; init; }

    /// <summary>Gets the labels of the pods the controller manages.</summary>
    public IReadOnlyDictionary<string, string> Selector { get; init; } = EmptyMap.Strings;

    /// <summary>Gets the template new pods are created from.</summary>
    public PodTemplateSpec? Template { get; init; }
}
