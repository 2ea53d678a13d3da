namespace PodSim.Model;

/// <summary>The exit codes a container restart rule matches.</summary>
public sealed record ContainerRestartRuleOnExitCodes
{
    /// <summary>Gets how the exit code is compared with the values (In or NotIn).</summary>
    public string? Operator { get; init; }

    /// <summary>Gets the exit codes to compare with.</summary>
    public IReadOnlyList<int> Values { get; init; } = [];
}
