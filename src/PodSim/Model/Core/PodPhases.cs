namespace PodSim.Model;

/// <summary>Well-known values of a pod's phase.</summary>
public static class PodPhases
{
    /// <summary>The pod is accepted but not all containers are running yet.</summary>
    public const string Pending = "Pending";

    /// <summary>The pod is bound and at least one container is running or starting.</summary>
    public const string Running = "Running";

    /// <summary>All containers exited successfully and will not restart.</summary>
    public const string Succeeded = "Succeeded";

    /// <summary>All containers have exited and at least one failed.</summary>
    public const string Failed = "Failed";

    /// <summary>The pod's state could not be obtained.</summary>
    public const string Unknown = "Unknown";
}
