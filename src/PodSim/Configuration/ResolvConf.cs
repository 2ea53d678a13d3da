using System.Text;
using PodSim.Model;

namespace PodSim.Configuration;

/// <summary>
/// The pod's resolver configuration, following the kubelet's <c>GetPodDNS</c> (<c>pkg/kubelet/network/dns</c>) and
/// containerd's resolv.conf format.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>ClusterFirst</c> (and <c>ClusterFirstWithHostNet</c>): the cluster DNS servers, the search domains
/// <c>&lt;ns&gt;.svc.&lt;domain&gt; svc.&lt;domain&gt; &lt;domain&gt;</c> then the node's (duplicates dropped), and
/// <c>options ndots:5</c>. A host-network pod with <c>ClusterFirst</c> gets <c>Default</c> instead; so does any
/// pod when no cluster DNS is configured (with <c>MissingClusterDNS</c> events).</item>
/// <item><c>Default</c>: the node's nameservers, search domains and options.</item>
/// <item><c>None</c>: nothing but <c>dnsConfig</c>.</item>
/// </list>
/// <c>dnsConfig</c> is then appended: nameservers and searches without duplicates, options merged by name with the
/// pod's value winning. Finally at most 3 nameservers, search domains of at most 253 characters, at most 32 of them
/// and a search line of at most 2048 characters are kept (<c>DNSConfigForming</c> events say what was cut).
/// Upstream merges options through a map, so their order is unspecified; PodSim keeps first-seen order.
/// </remarks>
internal static class ResolvConf
{
    /// <summary>The most nameservers a pod gets.</summary>
    public const int MaxNameservers = 3;

    /// <summary>The most search domains a pod gets.</summary>
    public const int MaxSearchPaths = 32;

    /// <summary>The longest search line, in characters.</summary>
    public const int MaxSearchListChars = 2048;

    private const int MaxSearchPathLength = 253;

    /// <summary>Builds the pod's resolv.conf.</summary>
    /// <param name="pod">The pod (API-defaulted; a missing dnsPolicy counts as ClusterFirst).</param>
    /// <param name="settings">The cluster settings.</param>
    /// <returns>The settings, the file text and any events.</returns>
    public static ResolvConfResult Build(Pod pod, ClusterSettings settings)
    {
        ArgumentNullException.ThrowIfNull(pod);
        ArgumentNullException.ThrowIfNull(settings);
        var spec = pod.Spec ?? new PodSpec();
        var events = new List<ConfigurationEvent>();
        var host = settings.NodeResolvConf is null ? DnsConfig.Empty : Parse(settings.NodeResolvConf);
        var policy = spec.DnsPolicy switch
        {
            DnsPolicies.None => DnsPolicies.None,
            DnsPolicies.Default => DnsPolicies.Default,
            DnsPolicies.ClusterFirst or null or "" when spec.HostNetwork == true => DnsPolicies.Default,
            _ => DnsPolicies.ClusterFirst,
        };

        var nameservers = new List<string>(host.Nameservers);
        var searches = new List<string>(host.Searches);
        var options = new List<string>(host.Options);
        if (policy == DnsPolicies.None)
        {
            nameservers.Clear();
            searches.Clear();
            options.Clear();
        }
        else if (policy == DnsPolicies.ClusterFirst && settings.ClusterDns.Count > 0)
        {
            nameservers = [.. settings.ClusterDns];
            searches = ClusterSearches(ObjectLookup.NamespaceOf(pod), settings.ClusterDomain, host.Searches);
            options = ["ndots:5"];
        }
        else
        {
            if (policy == DnsPolicies.ClusterFirst)
            {
                var message = "kubelet does not have ClusterDNS IP configured and cannot create Pod using \"ClusterFirst\" policy. Falling back to \"Default\" policy.";
                events.Add(new ConfigurationEvent(ConfigurationReasons.MissingClusterDns, "pod: \"" + PodFormat.Describe(pod) + "\". " + message));
                policy = DnsPolicies.Default;
            }

            if (settings.NodeResolvConf is null)
            {
                // No node resolv.conf: the loopback resolver and an empty search.
                nameservers.Clear();
                foreach (var ip in PodAddresses.HostIPs(pod, null))
                {
                    nameservers.Add(PodAddresses.IsIPv6(ip) ? "::1" : "127.0.0.1");
                }

                if (nameservers.Count == 0)
                {
                    nameservers.Add("127.0.0.1");
                }

                searches = ["."];
            }
        }

        if (spec.DnsConfig is { } dnsConfig)
        {
            AppendDistinct(nameservers, dnsConfig.Nameservers);
            AppendDistinct(searches, dnsConfig.Searches);
            options = MergeOptions(options, dnsConfig.Options);
        }

        nameservers = FitNameservers(nameservers, events);
        searches = FitSearches(searches, events);
        var config = new DnsConfig(nameservers, searches, options);

        // containerd copies the node's file when there is nothing to write.
        var text = config.IsEmpty && settings.NodeResolvConf is not null ? settings.NodeResolvConf : Format(config);
        return new ResolvConfResult(policy, config, text, events);
    }

    /// <summary>Parses a resolv.conf the way the kubelet does (<c>parseResolvConf</c>).</summary>
    /// <param name="text">The file text.</param>
    /// <returns>
    /// Every <c>nameserver</c>; the last <c>search</c> line's domains without trailing dots; the last
    /// <c>options</c> line's options. Comment lines start with <c>#</c>.
    /// </returns>
    public static DnsConfig Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var nameservers = new List<string>();
        IReadOnlyList<string> searches = [];
        IReadOnlyList<string> options = [];
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith('#'))
            {
                continue;
            }

            var fields = trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0)
            {
                continue;
            }

            switch (fields[0])
            {
                case "nameserver" when fields.Length >= 2:
                    nameservers.Add(fields[1]);
                    break;
                case "search":
                    searches = fields[1..].Select(s => s.TrimEnd('.')).ToList();
                    break;
                case "options":
                    options = fields[1..];
                    break;
            }
        }

        return new DnsConfig(nameservers, searches, options);
    }

    /// <summary>Writes resolver settings the way containerd does: search, then nameservers, then options.</summary>
    /// <param name="config">The settings.</param>
    /// <returns>The file text; empty when nothing is set.</returns>
    public static string Format(DnsConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var builder = new StringBuilder();
        if (config.Searches.Count > 0)
        {
            builder.Append("search ").AppendJoin(' ', config.Searches).Append('\n');
        }

        foreach (var server in config.Nameservers)
        {
            builder.Append("nameserver ").Append(server).Append('\n');
        }

        if (config.Options.Count > 0)
        {
            builder.Append("options ").AppendJoin(' ', config.Options).Append('\n');
        }

        return builder.ToString();
    }

    private static List<string> ClusterSearches(string ns, string clusterDomain, IReadOnlyList<string> hostSearches)
    {
        if (string.IsNullOrEmpty(clusterDomain))
        {
            return [.. hostSearches];
        }

        var searches = new List<string> { ns + ".svc." + clusterDomain, "svc." + clusterDomain, clusterDomain };
        var distinct = new List<string>();
        AppendDistinct(distinct, searches);
        AppendDistinct(distinct, hostSearches);
        return distinct;
    }

    private static void AppendDistinct(List<string> target, IReadOnlyList<string> items)
    {
        // omitDuplicates over the concatenation: the first occurrence wins.
        var combined = new List<string>(target);
        combined.AddRange(items);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        target.Clear();
        foreach (var item in combined)
        {
            if (seen.Add(item))
            {
                target.Add(item);
            }
        }
    }

    private static List<string> MergeOptions(List<string> existing, IReadOnlyList<PodDnsConfigOption> podOptions)
    {
        var names = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var option in existing)
        {
            var colon = option.IndexOf(':', StringComparison.Ordinal);
            Set(colon < 0 ? option : option[..colon], colon < 0 ? string.Empty : option[(colon + 1)..]);
        }

        foreach (var option in podOptions)
        {
            Set(option.Name ?? string.Empty, option.Value ?? string.Empty);
        }

        var merged = new List<string>(names.Count);
        foreach (var name in names)
        {
            merged.Add(values[name].Length == 0 ? name : name + ":" + values[name]);
        }

        return merged;

        void Set(string name, string value)
        {
            if (!values.ContainsKey(name))
            {
                names.Add(name);
            }

            values[name] = value;
        }
    }

    private static List<string> FitNameservers(List<string> nameservers, List<ConfigurationEvent> events)
    {
        if (nameservers.Count <= MaxNameservers)
        {
            return nameservers;
        }

        var kept = nameservers.GetRange(0, MaxNameservers);
        events.Add(new ConfigurationEvent(
            ConfigurationReasons.DnsConfigForming,
            "Nameserver limits were exceeded, some nameservers have been omitted, the applied nameserver line is: " + string.Join(' ', kept)));
        return kept;
    }

    private static List<string> FitSearches(List<string> searches, List<ConfigurationEvent> events)
    {
        var exceeded = false;
        if (searches.Count > MaxSearchPaths)
        {
            searches = searches.GetRange(0, MaxSearchPaths);
            exceeded = true;
        }

        // Some resolvers abort on a search path longer than 255 characters, so those are dropped.
        var kept = new List<string>(searches.Count);
        foreach (var search in searches)
        {
            if (search.Length > MaxSearchPathLength)
            {
                exceeded = true;
            }
            else
            {
                kept.Add(search);
            }
        }

        var lineLength = string.Join(' ', kept).Length;
        if (lineLength > MaxSearchListChars)
        {
            var cut = 0;
            var cutLength = 0;
            for (var i = kept.Count - 1; i >= 0; i--)
            {
                cutLength += kept[i].Length + 1;
                cut++;
                if (lineLength - cutLength <= MaxSearchListChars)
                {
                    break;
                }
            }

            kept = kept.GetRange(0, kept.Count - cut);
            exceeded = true;
        }

        if (exceeded)
        {
            events.Add(new ConfigurationEvent(
                ConfigurationReasons.DnsConfigForming,
                "Search Line limits were exceeded, some search paths have been omitted, the applied search line is: " + string.Join(' ', kept)));
        }

        return kept;
    }
}
