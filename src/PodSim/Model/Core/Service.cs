namespace PodSim.Model;

/// <summary>A Kubernetes Service (core/v1): a stable network endpoint for a set of pods.</summary>
public sealed record Service : KubeObject
{
    /// <summary>Gets the service's desired behaviour.</summary>
    public ServiceSpec? Spec { get; init; }

    /// <summary>Gets the object's observed status, kept as written: PodSim does not simulate it.</summary>
    public FreeformValue? Status { get; init; }
}
