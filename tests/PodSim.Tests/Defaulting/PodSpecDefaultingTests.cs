using PodSim.Defaulting;
using PodSim.Model;
using static PodSim.Tests.Defaulting.DefaultingSamples;

namespace PodSim.Tests.Defaulting;

public class PodSpecDefaultingTests
{
    public static TheoryData<string, Func<PodSpec, object?>, object> SpecDefaults => new()
    {
        { "dnsPolicy", s => s.DnsPolicy, DnsPolicies.ClusterFirst },
        { "restartPolicy", s => s.RestartPolicy, RestartPolicies.Always },
        { "securityContext", s => s.SecurityContext, new PodSecurityContext() },
        { "terminationGracePeriodSeconds", s => s.TerminationGracePeriodSeconds, 30L },
        { "schedulerName", s => s.SchedulerName, "default-scheduler" },
    };

    [Theory]
    [MemberData(nameof(SpecDefaults))]
    public void Unset_pod_spec_field_gets_its_default(string field, Func<PodSpec, object?> read, object expected)
    {
        read(ApiDefaults.ApplyPodSpec(Spec(Container()))).Should().Be(expected, field);
    }

    [Theory]
    [MemberData(nameof(SpecDefaults))]
    public void Empty_string_pod_spec_field_gets_its_default(string field, Func<PodSpec, object?> read, object expected)
    {
        var spec = Spec(Container()) with { DnsPolicy = string.Empty, RestartPolicy = string.Empty, SchedulerName = string.Empty };

        read(ApiDefaults.ApplyPodSpec(spec)).Should().Be(expected, field);
    }

    [Fact]
    public void Explicit_pod_spec_fields_are_kept()
    {
        var securityContext = new PodSecurityContext { RunAsUser = 1000 };
        var spec = Spec(Container()) with
        {
            DnsPolicy = DnsPolicies.None,
            RestartPolicy = RestartPolicies.Never,
            SecurityContext = securityContext,
            TerminationGracePeriodSeconds = 0,
            SchedulerName = "custom",
        };

        var result = ApiDefaults.ApplyPodSpec(spec);

        result.DnsPolicy.Should().Be(DnsPolicies.None);
        result.RestartPolicy.Should().Be(RestartPolicies.Never);
        result.SecurityContext.Should().BeSameAs(securityContext);
        result.TerminationGracePeriodSeconds.Should().Be(0);
        result.SchedulerName.Should().Be("custom");
    }

    [Fact]
    public void Every_container_kind_gets_container_defaults()
    {
        var spec = Spec(Container("app:1")) with
        {
            InitContainers = [Container("init")],
            EphemeralContainers = [new EphemeralContainer { Name = "debug", Image = "busybox:latest" }],
        };

        var result = ApiDefaults.ApplyPodSpec(spec);

        result.Containers[0].ImagePullPolicy.Should().Be(PullPolicies.IfNotPresent);
        result.InitContainers[0].ImagePullPolicy.Should().Be(PullPolicies.Always);
        result.InitContainers[0].TerminationMessagePath.Should().Be("/dev/termination-log");
        result.EphemeralContainers[0].ImagePullPolicy.Should().Be(PullPolicies.Always);
        result.EphemeralContainers[0].TerminationMessagePolicy.Should().Be(TerminationMessagePolicies.File);
    }

    [Fact]
    public void Pod_spec_defaults_leave_pod_only_fields_alone()
    {
        var spec = Spec(Container() with
        {
            Ports = [new ContainerPort { Port = 80 }],
            Resources = new ResourceRequirements { Limits = Resources(("cpu", "1")) },
        }) with { HostNetwork = true };

        var result = ApiDefaults.ApplyPodSpec(spec);

        result.EnableServiceLinks.Should().BeNull();
        result.Containers[0].Ports[0].HostPort.Should().BeNull();
        result.Containers[0].Resources!.Requests.Should().BeEmpty();
    }

    [Fact]
    public void Overhead_and_pod_level_resources_are_rounded_up_to_milli()
    {
        var spec = Spec(Container()) with
        {
            Overhead = Resources(("cpu", "0.0001")),
            Resources = new ResourceRequirements { Limits = Resources(("cpu", "1.0001")), Requests = Resources(("memory", "1.5")) },
        };

        var result = ApiDefaults.ApplyPodSpec(spec);

        result.Overhead["cpu"].ToString().Should().Be("1m");
        result.Resources!.Limits["cpu"].ToString().Should().Be("1001m");
        result.Resources.Requests["memory"].ToString().Should().Be("1500m");
    }
}
