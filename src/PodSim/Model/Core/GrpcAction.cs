namespace PodSim.Model;

/// <summary>A gRPC health check against a container.</summary>
public sealed record GrpcAction
{
    /// <summary>Gets the port number of the gRPC service.</summary>
    public int? Port { get; init; }

    /// <summary>Gets the service name sent in the health check request.</summary>
    public string? Service { get; init; }
}
