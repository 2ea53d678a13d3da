using System.Net;
using System.Net.Sockets;
using PodSim.Model;

namespace PodSim.Configuration;

/// <summary>The pod's and its node's IP addresses as the kubelet sees them.</summary>
internal static class PodAddresses
{
    /// <summary>The pod's IPs: <c>status.podIPs</c>, or <c>status.podIP</c> alone; empty before the sandbox has one.</summary>
    public static IReadOnlyList<string> PodIPs(Pod pod)
    {
        var status = pod.Status;
        var ips = new List<string>();
        if (status is null)
        {
            return ips;
        }

        foreach (var ip in status.PodIPs)
        {
            if (!string.IsNullOrEmpty(ip.IP))
            {
                ips.Add(ip.IP);
            }
        }

        if (ips.Count == 0 && !string.IsNullOrEmpty(status.PodIP))
        {
            ips.Add(status.PodIP);
        }

        return ips;
    }

    /// <summary>The node's IPs: <c>status.hostIPs</c>, <c>status.hostIP</c>, else the node's InternalIP addresses.</summary>
    public static IReadOnlyList<string> HostIPs(Pod pod, Node? node)
    {
        var ips = new List<string>();
        if (pod.Status is { } status)
        {
            foreach (var ip in status.HostIPs)
            {
                if (!string.IsNullOrEmpty(ip.IP))
                {
                    ips.Add(ip.IP);
                }
            }

            if (ips.Count == 0 && !string.IsNullOrEmpty(status.HostIP))
            {
                ips.Add(status.HostIP);
            }
        }

        if (ips.Count == 0 && node?.Status is { } nodeStatus)
        {
            foreach (var address in nodeStatus.Addresses)
            {
                if (string.Equals(address.Type, "InternalIP", StringComparison.Ordinal) && !string.IsNullOrEmpty(address.Address))
                {
                    ips.Add(address.Address);
                }
            }
        }

        return ips;
    }

    /// <summary>
    /// The kubelet's <c>sortPodIPs</c>: the first pod IP of the node's primary family, then the first of the other
    /// family (IPv4 is primary when the node's family is unknown).
    /// </summary>
    public static IReadOnlyList<string> SortPodIPs(IReadOnlyList<string> podIPs, IReadOnlyList<string> hostIPs)
    {
        var primaryIsV6 = hostIPs.Count > 0 && IsIPv6(hostIPs[0]);
        var sorted = new List<string>(2);
        AddFirst(primaryIsV6);
        AddFirst(!primaryIsV6);
        return sorted;

        void AddFirst(bool v6)
        {
            foreach (var ip in podIPs)
            {
                if (IPAddress.TryParse(ip, out _) && IsIPv6(ip) == v6)
                {
                    sorted.Add(ip);
                    return;
                }
            }
        }
    }

    public static bool IsIPv6(string ip) =>
        IPAddress.TryParse(ip, out var address)
        && address.AddressFamily == AddressFamily.InterNetworkV6
        && !address.IsIPv4MappedToIPv6;
}
