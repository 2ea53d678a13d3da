namespace PodSim.Model;

/// <summary>Well-known values of a condition's status.</summary>
public static class ConditionStatuses
{
    /// <summary>The condition holds.</summary>
    public const string True = "True";

    /// <summary>The condition does not hold.</summary>
    public const string False = "False";

    /// <summary>Whether the condition holds is not known.</summary>
    public const string Unknown = "Unknown";
}
