using System.Text;
using PodSim.Model;
using PodSim.Validation;

namespace PodSim.Configuration;

/// <summary>
/// The pod's host names (<c>GeneratePodHostNameAndDomain</c>, <c>GetNodenameForKernel</c>) and the
/// <c>/etc/hosts</c> the kubelet writes (<c>managedHostsFileContent</c>, <c>nodeHostsFileContent</c>).
/// </summary>
/// <remarks>
/// A pod-network pod gets a managed file: the header comment, the IPv4 and IPv6 localhost lines, one line per pod IP
/// (<c>IP\tFQDN\thostname</c> with a subdomain, else <c>IP\thostname</c>), then the hostAliases section. A host-network
/// pod gets the node's hosts file under its own header, then the hostAliases section.
/// </remarks>
internal static class HostsFile
{
    /// <summary>The first line of a managed hosts file.</summary>
    public const string ManagedHeader = "# Kubernetes-managed hosts file.\n";

    /// <summary>The first line of a host-network pod's hosts file.</summary>
    public const string HostNetworkHeader = "# Kubernetes-managed hosts file (host network).\n";

    private const int HostnameMaxLength = 63;

    private const int FqdnMaxLength = 64;

    /// <summary>Computes the pod's host names.</summary>
    /// <param name="pod">The pod.</param>
    /// <param name="settings">The cluster settings (for the cluster domain).</param>
    /// <returns>The names, or the upstream error.</returns>
    public static PodHostname Hostname(Pod pod, ClusterSettings settings)
    {
        ArgumentNullException.ThrowIfNull(pod);
        ArgumentNullException.ThrowIfNull(settings);
        var spec = pod.Spec ?? new PodSpec();
        var podName = pod.Metadata.Name ?? string.Empty;
        var hostname = podName;
        if (!string.IsNullOrEmpty(spec.Hostname))
        {
            var problems = NameValidation.IsDns1123Label(spec.Hostname);
            if (problems.Count > 0)
            {
                return Failed(podName, "pod Hostname " + GoQuote.Quote(spec.Hostname) + " is not a valid DNS label: " + string.Join(';', problems));
            }

            hostname = spec.Hostname;
        }

        if (hostname.Length > HostnameMaxLength)
        {
            // Cut to 63 characters and never end with '-' or '.'.
            var truncated = hostname[..HostnameMaxLength].TrimEnd('-', '.');
            if (truncated.Length == 0)
            {
                return Failed(podName, "hostname for pod " + GoQuote.Quote(podName) + " was invalid: " + GoQuote.Quote(hostname));
            }

            hostname = truncated;
        }

        string? domain = null;
        if (!string.IsNullOrEmpty(spec.Subdomain))
        {
            var problems = NameValidation.IsDns1123Label(spec.Subdomain);
            if (problems.Count > 0)
            {
                return Failed(podName, "pod Subdomain " + GoQuote.Quote(spec.Subdomain) + " is not a valid DNS label: " + string.Join(';', problems));
            }

            domain = spec.Subdomain + "." + ObjectLookup.NamespaceOf(pod) + ".svc." + settings.ClusterDomain;
        }

        if (spec.HostNetwork == true)
        {
            // The pod shares the node's UTS namespace.
            return new PodHostname(hostname, domain, spec.NodeName ?? string.Empty, null);
        }

        if (domain is not null && spec.SetHostnameAsFQDN == true)
        {
            var fqdn = hostname + "." + domain;
            if (fqdn.Length > FqdnMaxLength)
            {
                return new PodHostname(hostname, domain, null,
                    "failed to construct FQDN from pod hostname and cluster domain, FQDN " + fqdn + " is too long ("
                    + FqdnMaxLength + " characters is the max, " + fqdn.Length + " characters requested)");
            }

            return new PodHostname(hostname, domain, fqdn, null);
        }

        return new PodHostname(hostname, domain, hostname, null);
    }

    /// <summary>Builds the pod's <c>/etc/hosts</c>.</summary>
    /// <param name="pod">The pod; <c>status.podIPs</c> (or <c>status.podIP</c>) gives its addresses.</param>
    /// <param name="settings">The cluster settings (cluster domain and the node's hosts file).</param>
    /// <returns>The host names and the file text (null when the kubelet writes no file).</returns>
    public static HostsFileResult Build(Pod pod, ClusterSettings settings)
    {
        ArgumentNullException.ThrowIfNull(pod);
        ArgumentNullException.ThrowIfNull(settings);
        var names = Hostname(pod, settings);
        var spec = pod.Spec ?? new PodSpec();
        var podIPs = PodAddresses.PodIPs(pod);
        if (names.Error is not null || (podIPs.Count == 0 && spec.HostNetwork != true))
        {
            return new HostsFileResult(names, null);
        }

        var builder = new StringBuilder();
        if (spec.HostNetwork == true)
        {
            builder.Append(HostNetworkHeader).Append(settings.NodeHostsFile);
        }
        else
        {
            builder.Append(ManagedHeader)
                .Append("127.0.0.1\tlocalhost\n")
                .Append("::1\tlocalhost ip6-localhost ip6-loopback\n")
                .Append("fe00::0\tip6-localnet\n")
                .Append("fe00::0\tip6-mcastprefix\n")
                .Append("fe00::1\tip6-allnodes\n")
                .Append("fe00::2\tip6-allrouters\n");
            foreach (var ip in podIPs)
            {
                builder.Append(ip).Append('\t');
                if (names.Domain is not null)
                {
                    builder.Append(names.Hostname).Append('.').Append(names.Domain).Append('\t');
                }

                builder.Append(names.Hostname).Append('\n');
            }
        }

        if (spec.HostAliases.Count > 0)
        {
            builder.Append('\n').Append("# Entries added by HostAliases.\n");
            foreach (var alias in spec.HostAliases)
            {
                builder.Append(alias.IP).Append('\t').AppendJoin('\t', alias.Hostnames).Append('\n');
            }
        }

        return new HostsFileResult(names, builder.ToString());
    }

    private static PodHostname Failed(string podName, string error) => new(podName, null, null, error);
}
