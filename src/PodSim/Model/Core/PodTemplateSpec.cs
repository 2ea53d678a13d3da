namespace PodSim.Model;

/// <summary>The template pods are created from.</summary>
public sealed record PodTemplateSpec
{
    /// <summary>Gets the metadata given to the created pods.</summary>
    public ObjectMeta? Metadata { get; init; }

    /// <summary>Gets the spec given to the created pods.</summary>
    public PodSpec? Spec { get; init; }
}
