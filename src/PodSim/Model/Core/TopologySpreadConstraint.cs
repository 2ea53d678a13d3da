namespace PodSim.Model;

/// <summary>A rule for spreading matching pods across topology domains.</summary>
public sealed record TopologySpreadConstraint
{
    /// <summary>Gets the largest allowed difference in matching pods between domains.</summary>
    public int? MaxSkew { get; init; }

    /// <summary>Gets the node label that defines a domain.</summary>
    public string? TopologyKey { get; init; }

    /// <summary>Gets what happens when the rule cannot be met (DoNotSchedule or ScheduleAnyway).</summary>
    public string? WhenUnsatisfiable { get; init; }

    /// <summary>Gets the selector of the pods counted.</summary>
    public LabelSelector? LabelSelector { get; init; }

    /// <summary>Gets the minimum number of eligible domains.</summary>
    public int? MinDomains { get; init; }

    /// <summary>Gets whether node affinity is honoured when counting (Honor or Ignore).</summary>
    public string? NodeAffinityPolicy { get; init; }

    /// <summary>Gets whether node taints are honoured when counting (Honor or Ignore).</summary>
    public string? NodeTaintsPolicy { get; init; }

    /// <summary>Gets the pod label keys whose values narrow the selector.</summary>
    public IReadOnlyList<string> MatchLabelKeys { get; init; } = [];
}
