namespace PodSim.Model;

/// <summary>Extra DNS resolver settings of a pod.</summary>
public sealed record PodDnsConfig
{
    /// <summary>Gets the DNS server IP addresses.</summary>
    public IReadOnlyList<string> Nameservers { get; init; } = [];

    /// <summary>Gets the DNS search domains.</summary>
    public IReadOnlyList<string> Searches { get; init; } = [];

    /// <summary>Gets the resolver options.</summary>
    public IReadOnlyList<PodDnsConfigOption> Options { get; init; } = [];
}
