namespace PodSim.Model;

/// <summary>Well-known preemption policies.</summary>
public static class PreemptionPolicies
{
    /// <summary>The pod may preempt lower-priority pods.</summary>
    public const string PreemptLowerPriority = "PreemptLowerPriority";

    /// <summary>The pod never preempts other pods.</summary>
    public const string Never = "Never";
}
