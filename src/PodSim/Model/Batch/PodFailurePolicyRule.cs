namespace PodSim.Model;

/// <summary>A rule that decides what a failed pod means for its job.</summary>
public sealed record PodFailurePolicyRule
{
    /// <summary>Gets the action taken when the rule matches (FailJob, FailIndex, Ignore or Count).</summary>
    public string? Action { get; init; }

    /// <summary>Gets the container exit codes the rule matches.</summary>
    public PodFailurePolicyOnExitCodesRequirement? OnExitCodes { get; init; }

    /// <summary>Gets the pod conditions the rule matches.</summary>
    public IReadOnlyList<PodFailurePolicyOnPodConditionsPattern> OnPodConditions { get; init; } = [];
}
