namespace PodSim.Model;

/// <summary>The two Kubernetes event types.</summary>
public static class EventTypes
{
    /// <summary>An expected happening.</summary>
    public const string Normal = "Normal";

    /// <summary>Something that may need attention.</summary>
    public const string Warning = "Warning";
}
