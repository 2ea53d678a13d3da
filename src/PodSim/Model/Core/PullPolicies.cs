namespace PodSim.Model;

/// <summary>Well-known values of an image pull policy.</summary>
public static class PullPolicies
{
    /// <summary>Always pull the image.</summary>
    public const string Always = "Always";

    /// <summary>Never pull; use only a local image.</summary>
    public const string Never = "Never";

    /// <summary>Pull only when the image is not present locally.</summary>
    public const string IfNotPresent = "IfNotPresent";
}
