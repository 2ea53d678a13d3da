namespace PodSim.Model;

/// <summary>Container exit codes a pod failure rule matches.</summary>
public sealed record PodFailurePolicyOnExitCodesRequirement
{
    /// <summary>Gets the container whose exit code is checked; all containers when empty.</summary>
    public string? ContainerName { get; init; }

    /// <summary>Gets how the exit code is compared with the values (In or NotIn).</summary>
    public string? Operator { get; init; }

    /// <summary>Gets the exit codes compared with.</summary>
    public IReadOnlyList<int> Values { get; init; } = [];
}
