namespace PodSim.Model;

/// <summary>A port exposed by a service.</summary>
public sealed record ServicePort
{
    /// <summary>Gets the port's name, unique within the service.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the port's protocol (see <see cref="Protocols"/>).</summary>
    public string? Protocol { get; init; }

    /// <summary>Gets the application protocol carried on the port.</summary>
    public string? AppProtocol { get; init; }

    /// <summary>Gets the port number the service exposes.</summary>
    public int? Port { get; init; }

    /// <summary>Gets the pod port traffic is sent to, by number or by name.</summary>
    public IntOrString? TargetPort { get; init; }

    /// <summary>Gets the port opened on every node for the service.</summary>
    public int? NodePort { get; init; }
}
