namespace PodSim.Model;

/// <summary>Well-known values of a pod's or container's restart policy.</summary>
public static class RestartPolicies
{
    /// <summary>Restart containers whenever they exit.</summary>
    public const string Always = "Always";

    /// <summary>Restart containers only when they exit with a failure.</summary>
    public const string OnFailure = "OnFailure";

    /// <summary>Never restart containers.</summary>
    public const string Never = "Never";
}
