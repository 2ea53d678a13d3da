using PodSim.Configuration;
using PodSim.Model;
using PodSim.Tests.Support;

namespace PodSim.Tests.Configuration;

/// <summary>/etc/hosts golden files and pod host names.</summary>
public class HostsFileTests
{
    private const string Localhost = """
        # Kubernetes-managed hosts file.
        127.0.0.1	localhost
        ::1	localhost ip6-localhost ip6-loopback
        fe00::0	ip6-localnet
        fe00::0	ip6-mcastprefix
        fe00::1	ip6-allnodes
        fe00::2	ip6-allrouters

        """;

    private static Pod PodWith(string specFields, string name = "web", string? status = "podIP: 10.244.1.7")
    {
        var (pod, _) = ConfigFixtures.Load($$"""
            apiVersion: v1
            kind: Pod
            metadata: {name: "{{name}}", namespace: my-namespace}
            spec:
              nodeName: node-1
              {{specFields.Replace("\n", "\n  ")}}
              containers: [{name: app, image: busybox}]
            {{(status is null ? "" : "status: {" + status + "}")}}
            """);
        return pod;
    }

    [Fact]
    public void A_pod_network_pod_gets_localhost_lines_and_its_ip_with_its_name()
    {
        var result = HostsFile.Build(PodWith("restartPolicy: Always"), ClusterSettings.Default);

        result.Text.Should().Be(Localhost + "10.244.1.7\tweb\n");
        result.Hostname.Should().Be(new PodHostname("web", null, "web", null));
    }

    [SkippableFact]
    public void Host_aliases_are_appended_in_their_own_section()
    {
        // service/networking/hostaliases-pod.yaml; the documentation shows the same file for IP 10.200.0.5.
        var corpus = SharedPaths.Corpus;
        Skip.If(corpus is null, "../shared/corpus is not beside this clone");
        var (pod, _) = ConfigFixtures.Load(File.ReadAllText(Path.Combine(corpus, "service/networking/hostaliases-pod.yaml")));
        pod = pod with { Status = new PodStatus { PodIP = "10.200.0.5" } };

        HostsFile.Build(pod, ClusterSettings.Default).Text.Should().Be(Localhost + """
            10.200.0.5	hostaliases-pod

            # Entries added by HostAliases.
            127.0.0.1	foo.local	bar.local
            10.1.2.3	foo.remote	bar.remote

            """);
    }

    [Fact]
    public void Hostname_and_subdomain_give_the_fully_qualified_name_for_every_pod_ip()
    {
        var pod = PodWith("hostname: busybox-1\nsubdomain: busybox-subdomain", status: "podIPs: [{ip: 10.244.1.7}, {ip: \"fd00::7\"}]");

        var result = HostsFile.Build(pod, ClusterSettings.Default with { ClusterDomain = "cluster-domain.example" });

        result.Text.Should().Be(Localhost + """
            10.244.1.7	busybox-1.busybox-subdomain.my-namespace.svc.cluster-domain.example	busybox-1
            fd00::7	busybox-1.busybox-subdomain.my-namespace.svc.cluster-domain.example	busybox-1

            """);
        result.Hostname.Fqdn.Should().Be("busybox-1.busybox-subdomain.my-namespace.svc.cluster-domain.example");
        result.Hostname.KernelHostname.Should().Be("busybox-1");
    }

    [Fact]
    public void A_host_network_pod_gets_the_nodes_file_and_the_aliases()
    {
        var pod = PodWith("hostNetwork: true\nhostAliases: [{ip: 10.1.2.3, hostnames: [db.local]}]", status: null);

        var result = HostsFile.Build(pod, ClusterSettings.Default with { NodeHostsFile = "127.0.0.1\tlocalhost\n10.0.0.5\tnode-1\n" });

        result.Text.Should().Be("""
            # Kubernetes-managed hosts file (host network).
            127.0.0.1	localhost
            10.0.0.5	node-1

            # Entries added by HostAliases.
            10.1.2.3	db.local

            """);
        result.Hostname.KernelHostname.Should().Be("node-1", "a host-network pod shares the node's UTS namespace");
    }

    [Fact]
    public void No_file_is_written_before_the_pod_has_an_ip()
    {
        HostsFile.Build(PodWith("restartPolicy: Always", status: null), ClusterSettings.Default).Text.Should().BeNull();
    }

    [Theory]
    [InlineData("a-very-long-pod-name-that-goes-on-and-on-and-on-past-the-limit-of-63-chars", "a-very-long-pod-name-that-goes-on-and-on-and-on-past-the-limit")]
    [InlineData("pod-name-whose-sixty-third-character-is-a-dash-so-it-gets-trim-med", "pod-name-whose-sixty-third-character-is-a-dash-so-it-gets-trim")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123456789", "012345678901234567890123456789012345678901234567890123456789012")]
    [InlineData("short", "short")]
    public void Long_pod_names_are_cut_to_63_characters_without_a_trailing_dash(string podName, string hostname)
    {
        var result = HostsFile.Hostname(PodWith("restartPolicy: Always", podName), ClusterSettings.Default);

        result.Hostname.Should().Be(hostname);
        result.Hostname.Length.Should().BeLessThanOrEqualTo(63);
    }

    [Fact]
    public void Set_hostname_as_fqdn_makes_the_kernel_hostname_the_fqdn()
    {
        var result = HostsFile.Hostname(PodWith("hostname: db-0\nsubdomain: db\nsetHostnameAsFQDN: true"), ClusterSettings.Default);

        result.KernelHostname.Should().Be("db-0.db.my-namespace.svc.cluster.local");
    }

    [Fact]
    public void An_fqdn_longer_than_64_characters_cannot_be_the_hostname()
    {
        var result = HostsFile.Hostname(
            PodWith("hostname: a-rather-long-host-name\nsubdomain: an-even-longer-sub-domain\nsetHostnameAsFQDN: true"),
            ClusterSettings.Default);

        result.Error.Should().Be(
            "failed to construct FQDN from pod hostname and cluster domain, FQDN a-rather-long-host-name.an-even-longer-sub-domain.my-namespace.svc.cluster.local is too long (64 characters is the max, 80 characters requested)");
        result.KernelHostname.Should().BeNull();
    }

    [Fact]
    public void An_invalid_hostname_is_reported_with_the_upstream_message()
    {
        var pod = PodWith("restartPolicy: Always") is var p ? p with { Spec = p.Spec! with { Hostname = "Bad_Host" } } : null!;

        var result = HostsFile.Build(pod, ClusterSettings.Default);

        result.Hostname.Error.Should().StartWith("pod Hostname \"Bad_Host\" is not a valid DNS label: a lowercase RFC 1123 label must consist of");
        result.Text.Should().BeNull();
    }
}
