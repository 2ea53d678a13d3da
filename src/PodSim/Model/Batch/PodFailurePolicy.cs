namespace PodSim.Model;

/// <summary>Rules for handling a job's failed pods.</summary>
public sealed record PodFailurePolicy
{
    /// <summary>Gets the rules, checked in order.</summary>
    public IReadOnlyList<PodFailurePolicyRule> Rules { get; init; } = [];
}
