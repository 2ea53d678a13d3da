namespace PodSim.Model;

/// <summary>A rule that decides whether a container restarts when it exits.</summary>
public sealed record ContainerRestartRule
{
    /// <summary>Gets the action taken when the rule matches, such as Restart.</summary>
    public string? Action { get; init; }

    /// <summary>Gets the exit codes the rule matches.</summary>
    public ContainerRestartRuleOnExitCodes? ExitCodes { get; init; }
}
