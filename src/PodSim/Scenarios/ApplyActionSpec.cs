namespace PodSim.Scenarios;

/// <summary>
/// Applies objects, as <c>kubectl apply</c> does: an object that does not exist is created, one that exists gets the
/// manifest's fields laid over it (<see cref="Manifests.ApplyMerge"/>), such as a new container image.
/// </summary>
public sealed record ApplyActionSpec
{
    /// <summary>Gets inline YAML of one or more objects of any supported kind.</summary>
    public string? Manifest { get; init; }
}
