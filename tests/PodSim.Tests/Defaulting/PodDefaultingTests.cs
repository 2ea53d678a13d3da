using PodSim.Defaulting;
using PodSim.Model;
using static PodSim.Tests.Defaulting.DefaultingSamples;

namespace PodSim.Tests.Defaulting;

public class PodDefaultingTests
{
    public static TheoryData<string, (string, string)[], (string, string)[], (string, string)[]> RequestsFromLimits => new()
    {
        { "missing key copied", [("cpu", "1")], [("memory", "64Mi")], [("cpu", "1"), ("memory", "64Mi")] },
        { "no requests", [("cpu", "500m"), ("memory", "128Mi")], [], [("cpu", "500m"), ("memory", "128Mi")] },
        { "explicit request kept", [("cpu", "2")], [("cpu", "250m")], [("cpu", "250m")] },
        { "no limits", [], [("cpu", "100m")], [("cpu", "100m")] },
        { "copied limit is rounded", [("cpu", "0.0001")], [], [("cpu", "1m")] },
    };

    [Theory]
    [InlineData(null, "default")]
    [InlineData("", "default")]
    [InlineData("kube-system", "kube-system")]
    public void Pod_namespace_defaults_to_default(string? ns, string expected)
    {
        var pod = Pod(Container()) with { Metadata = new ObjectMeta { Name = "p", Namespace = ns } };

        ApiDefaults.ApplyPod(pod).Metadata.Namespace.Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(RequestsFromLimits))]
    public void Container_requests_default_from_limits(string scenario, (string, string)[] limits, (string, string)[] requests, (string, string)[] expected)
    {
        var container = Container() with { Resources = new ResourceRequirements { Limits = Resources(limits), Requests = Resources(requests) } };

        var result = ApiDefaults.ApplyPod(Pod(container)).Spec!.Containers[0].Resources!.Requests;

        result.Should().BeEquivalentTo(Resources(expected), scenario);
    }

    [Theory]
    [MemberData(nameof(RequestsFromLimits))]
    public void Init_container_requests_default_from_limits(string scenario, (string, string)[] limits, (string, string)[] requests, (string, string)[] expected)
    {
        var init = Container("init:1") with { Name = "init", Resources = new ResourceRequirements { Limits = Resources(limits), Requests = Resources(requests) } };
        var pod = Pod(Spec(Container()) with { InitContainers = [init] });

        var result = ApiDefaults.ApplyPod(pod).Spec!.InitContainers[0].Resources!.Requests;

        result.Should().BeEquivalentTo(Resources(expected), scenario);
    }

    [Fact]
    public void Requests_from_limits_match_the_reference_example()
    {
        var container = Container() with
        {
            Resources = new ResourceRequirements { Limits = Resources(("cpu", "1")), Requests = Resources(("memory", "64Mi")) },
        };

        var requests = ApiDefaults.ApplyPod(Pod(container)).Spec!.Containers[0].Resources!.Requests;

        requests.Should().HaveCount(2);
        requests["cpu"].Should().Be(Quantity.Parse("1"));
        requests["memory"].Should().Be(Quantity.Parse("64Mi"));
    }

    [Fact]
    public void Ephemeral_container_requests_are_not_defaulted_from_limits()
    {
        var debug = new EphemeralContainer { Name = "debug", Image = "busybox", Resources = new ResourceRequirements { Limits = Resources(("cpu", "1")) } };
        var pod = Pod(Spec(Container()) with { EphemeralContainers = [debug] });

        ApiDefaults.ApplyPod(pod).Spec!.EphemeralContainers[0].Resources!.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void Enable_service_links_defaults_to_true(bool? value, bool expected)
    {
        var pod = Pod(Spec(Container()) with { EnableServiceLinks = value });

        ApiDefaults.ApplyPod(pod).Spec!.EnableServiceLinks.Should().Be(expected);
    }

    [Theory]
    [InlineData(null, null, "default")]
    [InlineData("", null, "default")]
    [InlineData(null, "legacy", "legacy")]
    [InlineData("builder", null, "builder")]
    public void Service_account_admission_sets_default_service_account(string? name, string? deprecatedName, string expected)
    {
        var pod = Pod(Spec(Container()) with { ServiceAccountName = name, ServiceAccount = deprecatedName });

        ApiDefaults.ApplyPod(pod).Spec!.ServiceAccountName.Should().Be(expected);
    }

    [Theory]
    [InlineData(true, null, 8080)]
    [InlineData(true, 0, 8080)]
    [InlineData(true, 9090, 9090)]
    [InlineData(false, null, null)]
    [InlineData(null, null, null)]
    [InlineData(false, 0, 0)]
    public void Host_network_pod_ports_default_host_port_to_container_port(bool? hostNetwork, int? hostPort, int? expected)
    {
        var port = new ContainerPort { Port = 8080, HostPort = hostPort };
        var spec = Spec(Container() with { Ports = [port] }) with
        {
            HostNetwork = hostNetwork,
            InitContainers = [Container("init:1") with { Name = "init", Ports = [port] }],
        };

        var result = ApiDefaults.ApplyPod(Pod(spec)).Spec!;

        result.Containers[0].Ports[0].HostPort.Should().Be(expected);
        result.InitContainers[0].Ports[0].HostPort.Should().Be(expected);
    }

    [Fact]
    public void Pod_without_spec_gets_a_defaulted_spec()
    {
        var pod = new Pod { Metadata = new ObjectMeta { Name = "p" } };

        var spec = ApiDefaults.ApplyPod(pod).Spec!;

        spec.RestartPolicy.Should().Be(RestartPolicies.Always);
        spec.EnableServiceLinks.Should().BeTrue();
    }

    [Fact]
    public void Pod_gets_pod_spec_and_container_defaults()
    {
        var result = ApiDefaults.ApplyPod(Pod(Container("nginx")));

        result.Spec!.DnsPolicy.Should().Be(DnsPolicies.ClusterFirst);
        result.Spec.SchedulerName.Should().Be("default-scheduler");
        result.Spec.Containers[0].ImagePullPolicy.Should().Be(PullPolicies.Always);
    }

    [Fact]
    public void Pod_status_and_other_metadata_are_kept()
    {
        var status = new PodStatus { Phase = PodPhases.Running };
        var pod = Pod(Container()) with { Status = status, Metadata = new ObjectMeta { Name = "p", Labels = Labels(("app", "web")) } };

        var result = ApiDefaults.ApplyPod(pod);

        result.Status.Should().BeSameAs(status);
        result.Metadata.Name.Should().Be("p");
        result.Metadata.Labels.Should().Equal(Labels(("app", "web")));
    }
}
