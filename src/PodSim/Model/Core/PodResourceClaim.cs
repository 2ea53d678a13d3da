namespace PodSim.Model;

/// <summary>A dynamic resource claim a pod needs.</summary>
public sealed record PodResourceClaim
{
    /// <summary>Gets the claim's name within the pod.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the name of an existing resource claim.</summary>
    public string? ResourceClaimName { get; init; }

    /// <summary>Gets the name of a template a claim is created from.</summary>
    public string? ResourceClaimTemplateName { get; init; }
}
