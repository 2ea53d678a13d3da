namespace PodSim.Model;

/// <summary>A raw block volume mapped into a container.</summary>
public sealed record VolumeDevice
{
    /// <summary>Gets the name of the persistent volume claim in the pod.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the device path inside the container.</summary>
    public string? DevicePath { get; init; }
}
