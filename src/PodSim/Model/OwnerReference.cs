namespace PodSim.Model;

/// <summary>Kubernetes <c>metav1.OwnerReference</c>.</summary>
public sealed record OwnerReference
{
    /// <summary>Gets the owner's API version.</summary>
    public string? ApiVersion { get; init; }

    /// <summary>Gets the owner's kind.</summary>
    public string? Kind { get; init; }

    /// <summary>Gets the owner's name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the owner's UID.</summary>
    public string? Uid { get; init; }

    /// <summary>Gets a value indicating whether the owner is the managing controller.</summary>
    public bool? Controller { get; init; }

    /// <summary>Gets a value indicating whether the owner cannot be deleted before this object.</summary>
    public bool? BlockOwnerDeletion { get; init; }
}
