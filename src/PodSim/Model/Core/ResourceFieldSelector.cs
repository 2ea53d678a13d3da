namespace PodSim.Model;

/// <summary>Selects a container's resource request or limit.</summary>
public sealed record ResourceFieldSelector
{
    /// <summary>Gets the container whose resource is read.</summary>
    public string? ContainerName { get; init; }

    /// <summary>Gets the resource to read, such as limits.cpu.</summary>
    public string? Resource { get; init; }

    /// <summary>Gets the unit the resource value is divided by.</summary>
    public Quantity? Divisor { get; init; }
}
