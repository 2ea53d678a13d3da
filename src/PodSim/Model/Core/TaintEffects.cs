namespace PodSim.Model;

/// <summary>Well-known taint effects.</summary>
public static class TaintEffects
{
    /// <summary>New pods without a toleration are not scheduled.</summary>
    public const string NoSchedule = "NoSchedule";

    /// <summary>The scheduler tries to avoid placing pods without a toleration.</summary>
    public const string PreferNoSchedule = "PreferNoSchedule";

    /// <summary>Pods without a toleration are not scheduled and running ones are evicted.</summary>
    public const string NoExecute = "NoExecute";
}
