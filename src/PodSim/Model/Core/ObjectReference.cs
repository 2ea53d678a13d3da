namespace PodSim.Model;

/// <summary>A reference to an object and optionally a field within it, such as <c>spec.containers{app}</c>.</summary>
public sealed record ObjectReference
{
    /// <summary>Gets the referenced object's kind.</summary>
    public string? Kind { get; init; }

    /// <summary>Gets the referenced object's namespace.</summary>
    public string? Namespace { get; init; }

    /// <summary>Gets the referenced object's name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the referenced object's UID.</summary>
    public string? Uid { get; init; }

    /// <summary>Gets the referenced object's API version.</summary>
    public string? ApiVersion { get; init; }

    /// <summary>Gets the resource version of the object when referenced.</summary>
    public string? ResourceVersion { get; init; }

    /// <summary>Gets the field within the object, such as <c>spec.containers{app}</c>.</summary>
    public string? FieldPath { get; init; }
}
