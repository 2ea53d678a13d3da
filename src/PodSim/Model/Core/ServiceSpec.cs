namespace PodSim.Model;

/// <summary>The desired behaviour of a service.</summary>
public sealed record ServiceSpec
{
    /// <summary>Gets the ports the service exposes.</summary>
    public IReadOnlyList<ServicePort> Ports { get; init; } = [];

    /// <summary>Gets the labels of the pods that receive the traffic.</summary>
    public IReadOnlyDictionary<string, string> Selector { get; init; } = EmptyMap.Strings;

    /// <summary>Gets the service's primary virtual IP address, or None for a headless service.</summary>
    public string? ClusterIP { get; init; }

    /// <summary>Gets the service's virtual IP addresses.</summary>
    public IReadOnlyList<string> ClusterIPs { get; init; } = [];

    /// <summary>Gets how the service is exposed, such as ClusterIP or NodePort.</summary>
    public string? Type { get; init; }

    /// <summary>Gets extra IP addresses nodes accept the service's traffic on.</summary>
    public IReadOnlyList<string> ExternalIPs { get; init; } = [];

    /// <summary>Gets the session affinity (ClientIP or None).</summary>
    public string? SessionAffinity { get; init; }

    /// <summary>Gets the deprecated requested load-balancer IP address.</summary>
    public string? LoadBalancerIP { get; init; }

    /// <summary>Gets the client IP ranges allowed through the load balancer.</summary>
    public IReadOnlyList<string> LoadBalancerSourceRanges { get; init; } = [];

    /// <summary>Gets the DNS name an ExternalName service aliases.</summary>
    public string? ExternalName { get; init; }

    /// <summary>Gets how external traffic is routed (Cluster or Local).</summary>
    public string? ExternalTrafficPolicy { get; init; }

    /// <summary>Gets the node port used for load-balancer health checks.</summary>
    public int? HealthCheckNodePort { get; init; }

    /// <summary>Gets a value indicating whether pods that are not ready still get DNS records.</summary>
    public bool? PublishNotReadyAddresses { get; init; }

    /// <summary>Gets the session affinity settings.</summary>
    public SessionAffinityConfig? SessionAffinityConfig { get; init; }

    /// <summary>Gets the IP families the service uses, such as IPv4.</summary>
    [FieldName("ipFamilies")]
    public IReadOnlyList<string> IPFamilies { get; init; } = [];

    /// <summary>Gets the dual-stack policy of the service.</summary>
    [FieldName("ipFamilyPolicy")]
    public string? IPFamilyPolicy { get; init; }

    /// <summary>Gets a value indicating whether node ports are allocated for a load balancer.</summary>
    public bool? AllocateLoadBalancerNodePorts { get; init; }

    /// <summary>Gets the class of the load-balancer implementation.</summary>
    public string? LoadBalancerClass { get; init; }

    /// <summary>Gets how in-cluster traffic is routed (Cluster or Local).</summary>
    public string? InternalTrafficPolicy { get; init; }

    /// <summary>Gets the preferred way traffic is spread over endpoints.</summary>
    public string? TrafficDistribution { get; init; }
}
