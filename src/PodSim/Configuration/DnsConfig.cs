namespace PodSim.Configuration;

/// <summary>Resolver settings: the nameservers, search domains and options of a resolv.conf.</summary>
/// <param name="Nameservers">The DNS server addresses, in order.</param>
/// <param name="Searches">The search domains, in order.</param>
/// <param name="Options">The options, such as <c>ndots:5</c> or <c>edns0</c>.</param>
public sealed record DnsConfig(IReadOnlyList<string> Nameservers, IReadOnlyList<string> Searches, IReadOnlyList<string> Options)
{
    /// <summary>Gets settings with nothing in them.</summary>
    public static DnsConfig Empty { get; } = new([], [], []);

    /// <summary>Gets a value indicating whether nothing is set.</summary>
    public bool IsEmpty => Nameservers.Count == 0 && Searches.Count == 0 && Options.Count == 0;
}
