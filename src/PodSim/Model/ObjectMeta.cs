namespace PodSim.Model;

/// <summary>Kubernetes <c>metav1.ObjectMeta</c>: the identity and bookkeeping of an object.</summary>
public sealed record ObjectMeta
{
    /// <summary>Gets the object's name, unique within its namespace and kind.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the prefix the server uses to generate a unique name when <see cref="Name"/> is empty.</summary>
    public string? GenerateName { get; init; }

    /// <summary>Gets the namespace; API defaulting sets <c>default</c> for namespaced kinds.</summary>
    public string? Namespace { get; init; }

    /// <summary>Gets the deprecated link to the object itself; kept as written.</summary>
    public string? SelfLink { get; init; }

    /// <summary>Gets the unique identifier the server assigned.</summary>
    public string? Uid { get; init; }

    /// <summary>Gets the opaque resource version.</summary>
    public string? ResourceVersion { get; init; }

    /// <summary>Gets the generation of the desired state.</summary>
    public long? Generation { get; init; }

    /// <summary>Gets the time the object was created.</summary>
    public DateTimeOffset? CreationTimestamp { get; init; }

    /// <summary>Gets the time after which the object is deleted (set by a graceful delete).</summary>
    public DateTimeOffset? DeletionTimestamp { get; init; }

    /// <summary>Gets the grace period of a pending graceful deletion, in seconds.</summary>
    public long? DeletionGracePeriodSeconds { get; init; }

    /// <summary>Gets the labels.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = EmptyMap.Strings;

    /// <summary>Gets the annotations.</summary>
    public IReadOnlyDictionary<string, string> Annotations { get; init; } = EmptyMap.Strings;

    /// <summary>Gets the objects this object depends on.</summary>
    public IReadOnlyList<OwnerReference> OwnerReferences { get; init; } = [];

    /// <summary>Gets the finalizers that must be removed before the object is deleted.</summary>
    public IReadOnlyList<string> Finalizers { get; init; } = [];

    /// <summary>Gets the server-side apply field ownership entries, kept as written: PodSim does not simulate it.</summary>
    public IReadOnlyList<FreeformValue> ManagedFields { get; init; } = [];
}
