namespace PodSim.Model;

/// <summary>The template jobs are created from.</summary>
public sealed record JobTemplateSpec
{
    /// <summary>Gets the metadata given to the created jobs.</summary>
    public ObjectMeta? Metadata { get; init; }

    /// <summary>Gets the spec given to the created jobs.</summary>
    public JobSpec? Spec { get; init; }
}
