namespace PodSim.Model;

/// <summary>An address of a node.</summary>
public sealed record NodeAddress
{
    /// <summary>Gets the address type, such as InternalIP or Hostname.</summary>
    public string? Type { get; init; }

    /// <summary>Gets the address.</summary>
    public string? Address { get; init; }
}
