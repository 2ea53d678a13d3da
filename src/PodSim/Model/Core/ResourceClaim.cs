namespace PodSim.Model;

/// <summary>A reference to one of the pod's resource claims.</summary>
public sealed record ResourceClaim
{
    /// <summary>Gets the name of the pod resource claim.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the name of the request within the claim.</summary>
    public string? Request { get; init; }
}
