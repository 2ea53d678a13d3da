namespace PodSim.Configuration;

/// <summary>
/// The node and cluster facts the kubelet uses when it builds a container's configuration: the cluster domain and
/// DNS service, the node's own <c>/etc/resolv.conf</c> and <c>/etc/hosts</c>, and a few objects every real
/// cluster has. All values are plain data; <see cref="Default"/> describes a typical kubeadm-style cluster.
/// </summary>
public sealed record ClusterSettings
{
    /// <summary>The node resolver configuration used by <see cref="Default"/>.</summary>
    public const string DefaultNodeResolvConf = "nameserver 192.168.0.1\n";

    /// <summary>The node hosts file used by <see cref="Default"/>.</summary>
    public const string DefaultNodeHostsFile = "127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n";

    /// <summary>Gets the default settings: domain <c>cluster.local</c>, DNS <c>10.96.0.10</c>, API service <c>10.96.0.1</c>.</summary>
    public static ClusterSettings Default { get; } = new();

    /// <summary>Gets the cluster domain (kubelet <c>--cluster-domain</c>); empty disables the cluster search domains.</summary>
    public string ClusterDomain { get; init; } = "cluster.local";

    /// <summary>Gets the cluster DNS server addresses (kubelet <c>--cluster-dns</c>); empty makes ClusterFirst fall back to Default.</summary>
    public IReadOnlyList<string> ClusterDns { get; init; } = ["10.96.0.10"];

    /// <summary>
    /// Gets the text of the node's resolver configuration (kubelet <c>--resolv-conf</c>). Null stands for an empty
    /// <c>--resolv-conf</c>, with which the kubelet points host-DNS pods at the loopback resolver.
    /// </summary>
    public string? NodeResolvConf { get; init; } = DefaultNodeResolvConf;

    /// <summary>Gets the text of the node's <c>/etc/hosts</c>, which host-network pods see.</summary>
    public string NodeHostsFile { get; init; } = DefaultNodeHostsFile;

    /// <summary>
    /// Gets the cluster IP of the <c>default/kubernetes</c> Service. When the given Services do not include that
    /// Service, one with this IP and port 443 (<c>https</c>) is assumed, as every cluster has it; null assumes none.
    /// </summary>
    public string? KubernetesServiceIP { get; init; } = "10.96.0.1";

    /// <summary>
    /// Gets a value indicating whether the <c>kube-root-ca.crt</c> ConfigMap, which the root CA publisher creates
    /// in every namespace, is assumed present (with placeholder content) when the given ConfigMaps lack it.
    /// </summary>
    public bool PublishRootCaConfigMap { get; init; } = true;

    /// <summary>
    /// Gets a value indicating whether environment variable names follow the relaxed rule (any printable ASCII but
    /// <c>=</c>). When false (the default, like PodSim's validation) envFrom keys that are not C-like names are
    /// skipped with an <c>InvalidEnvironmentVariableNames</c> event.
    /// </summary>
    public bool RelaxedEnvironmentVariableNames { get; init; }
}
