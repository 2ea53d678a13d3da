namespace PodSim.Model;

/// <summary>A network port exposed by a container.</summary>
public sealed record ContainerPort
{
    /// <summary>Gets the port's name, which services can refer to.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the node port mapped to the container port.</summary>
    public int? HostPort { get; init; }

    /// <summary>Gets the port number opened on the pod's IP address.</summary>
    [FieldName("containerPort")]
    public int? Port { get; init; }

    /// <summary>Gets the port's protocol (see <see cref="Protocols"/>).</summary>
    public string? Protocol { get; init; }

    /// <summary>Gets the node IP address the host port binds to.</summary>
    public string? HostIP { get; init; }
}
