namespace PodSim.Model;

/// <summary>Well-known pod quality-of-service classes.</summary>
public static class QosClasses
{
    /// <summary>Every container has equal requests and limits for CPU and memory.</summary>
    public const string Guaranteed = "Guaranteed";

    /// <summary>At least one container has a CPU or memory request or limit.</summary>
    public const string Burstable = "Burstable";

    /// <summary>No container has any CPU or memory request or limit.</summary>
    public const string BestEffort = "BestEffort";
}
