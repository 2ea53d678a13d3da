namespace PodSim.Model;

/// <summary>Well-known resource names.</summary>
public static class ResourceNames
{
    /// <summary>CPU, in cores.</summary>
    public const string Cpu = "cpu";

    /// <summary>Memory, in bytes.</summary>
    public const string Memory = "memory";

    /// <summary>Storage, in bytes.</summary>
    public const string Storage = "storage";

    /// <summary>Local ephemeral storage, in bytes.</summary>
    public const string EphemeralStorage = "ephemeral-storage";

    /// <summary>The number of pods.</summary>
    public const string Pods = "pods";
}
