namespace PodSim.Model;

/// <summary>A TCP connection attempt against a container.</summary>
public sealed record TcpSocketAction
{
    /// <summary>Gets the port, by number or by name.</summary>
    public IntOrString? Port { get; init; }

    /// <summary>Gets the host to connect to; defaults to the pod IP.</summary>
    public string? Host { get; init; }
}
