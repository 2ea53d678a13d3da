namespace PodSim.Configuration;

/// <summary>The pod's <c>/etc/resolv.conf</c>.</summary>
/// <param name="Policy">The DNS policy that applied, after the host-network fallback (<c>ClusterFirst</c>, <c>Default</c> or <c>None</c>).</param>
/// <param name="Config">The resolver settings the kubelet hands the runtime.</param>
/// <param name="Text">The file as the runtime (containerd) writes it.</param>
/// <param name="Events">Warning events: limits exceeded (<c>DNSConfigForming</c>) or no cluster DNS (<c>MissingClusterDNS</c>).</param>
public sealed record ResolvConfResult(string Policy, DnsConfig Config, string Text, IReadOnlyList<ConfigurationEvent> Events);
