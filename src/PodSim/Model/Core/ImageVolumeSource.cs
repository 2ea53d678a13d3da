namespace PodSim.Model;

/// <summary>An OCI image or artifact mounted as a volume.</summary>
public sealed record ImageVolumeSource
{
    /// <summary>Gets the image or artifact reference.</summary>
    public string? Reference { get; init; }

    /// <summary>Gets when the reference is pulled (see <see cref="PullPolicies"/>).</summary>
    public string? PullPolicy { get; init; }
}
