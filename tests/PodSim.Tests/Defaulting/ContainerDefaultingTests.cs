using PodSim.Defaulting;
using PodSim.Model;
using static PodSim.Tests.Defaulting.DefaultingSamples;

namespace PodSim.Tests.Defaulting;

public class ContainerDefaultingTests
{
    public static TheoryData<string, Func<Container, string?>, string> ContainerScalars => new()
    {
        { "terminationMessagePath", c => c.TerminationMessagePath, "/dev/termination-log" },
        { "terminationMessagePolicy", c => c.TerminationMessagePolicy, TerminationMessagePolicies.File },
    };

    [Theory]
    [MemberData(nameof(ContainerScalars))]
    public void Unset_container_field_gets_its_default(string field, Func<Container, string?> read, string expected)
    {
        _ = field;
        read(ApiDefaults.ApplyContainer(Container())).Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(ContainerScalars))]
    public void Empty_container_field_gets_its_default(string field, Func<Container, string?> read, string expected)
    {
        var container = Container() with { TerminationMessagePath = string.Empty, TerminationMessagePolicy = string.Empty, ImagePullPolicy = string.Empty };

        read(ApiDefaults.ApplyContainer(container)).Should().Be(expected, field);
    }

    [Fact]
    public void Explicit_termination_message_settings_are_kept()
    {
        var container = Container() with { TerminationMessagePath = "/tmp/msg", TerminationMessagePolicy = TerminationMessagePolicies.FallbackToLogsOnError };

        var result = ApiDefaults.ApplyContainer(container);

        result.TerminationMessagePath.Should().Be("/tmp/msg");
        result.TerminationMessagePolicy.Should().Be(TerminationMessagePolicies.FallbackToLogsOnError);
    }

    [Theory]
    [InlineData(null, Protocols.Tcp)]
    [InlineData("", Protocols.Tcp)]
    [InlineData(Protocols.Udp, Protocols.Udp)]
    [InlineData(Protocols.Sctp, Protocols.Sctp)]
    public void Port_protocol_defaults_to_TCP(string? protocol, string expected)
    {
        var container = Container() with { Ports = [new ContainerPort { Port = 80, Protocol = protocol }] };

        ApiDefaults.ApplyContainer(container).Ports.Should().ContainSingle().Which.Protocol.Should().Be(expected);
    }

    [Fact]
    public void Port_without_host_network_gets_no_host_port()
    {
        var pod = ApiDefaults.ApplyPod(Pod(Container() with { Ports = [new ContainerPort { Port = 80 }] }));

        pod.Spec!.Containers[0].Ports[0].HostPort.Should().BeNull();
    }

    [Theory]
    [InlineData(null, "v1")]
    [InlineData("", "v1")]
    [InlineData("v2", "v2")]
    public void Env_field_ref_api_version_defaults_to_v1(string? apiVersion, string expected)
    {
        var container = Container() with
        {
            Env =
            [
                new EnvVar { Name = "LITERAL", Value = "x" },
                new EnvVar
                {
                    Name = "NODE",
                    ValueFrom = new EnvVarSource { FieldRef = new ObjectFieldSelector { FieldPath = "spec.nodeName", ApiVersion = apiVersion } },
                },
            ],
        };

        var env = ApiDefaults.ApplyContainer(container).Env;

        env[0].Should().BeSameAs(container.Env[0]);
        env[1].ValueFrom!.FieldRef!.ApiVersion.Should().Be(expected);
        env[1].ValueFrom!.FieldRef!.FieldPath.Should().Be("spec.nodeName");
    }

    [Fact]
    public void Ephemeral_container_gets_container_defaults()
    {
        var container = new EphemeralContainer
        {
            Name = "debug",
            Image = "busybox:1.36",
            Ports = [new ContainerPort { Port = 8080 }],
            Env = [new EnvVar { Name = "N", ValueFrom = new EnvVarSource { FieldRef = new ObjectFieldSelector { FieldPath = "metadata.name" } } }],
            Resources = new ResourceRequirements { Limits = Resources(("cpu", "0.0001")) },
            ReadinessProbe = new Probe { HttpGet = new HttpGetAction { Port = 8080 } },
            Lifecycle = new Lifecycle { PreStop = new LifecycleHandler { HttpGet = new HttpGetAction { Port = 8080 } } },
        };

        var result = ApiDefaults.ApplyEphemeralContainer(container);

        result.ImagePullPolicy.Should().Be(PullPolicies.IfNotPresent);
        result.TerminationMessagePath.Should().Be("/dev/termination-log");
        result.TerminationMessagePolicy.Should().Be(TerminationMessagePolicies.File);
        result.Ports[0].Protocol.Should().Be(Protocols.Tcp);
        result.Env[0].ValueFrom!.FieldRef!.ApiVersion.Should().Be("v1");
        result.Resources!.Limits["cpu"].ToString().Should().Be("1m");
        result.ReadinessProbe!.PeriodSeconds.Should().Be(10);
        result.ReadinessProbe.HttpGet!.Path.Should().Be("/");
        result.Lifecycle!.PreStop!.HttpGet!.Scheme.Should().Be(UriSchemes.Http);
        result.TargetContainerName.Should().BeNull();
    }

    [Theory]
    [InlineData("0.0001", "1m")]
    [InlineData("100m", "100m")]
    [InlineData("1.0005", "1001m")]
    [InlineData("1500u", "2m")]
    [InlineData("64Mi", "64Mi")]
    [InlineData("2", "2")]
    public void Requests_and_limits_are_rounded_up_to_milli(string value, string expected)
    {
        var container = Container() with
        {
            Resources = new ResourceRequirements { Limits = Resources(("cpu", value)), Requests = Resources(("cpu", value)) },
        };

        var resources = ApiDefaults.ApplyContainer(container).Resources!;

        resources.Limits["cpu"].ToString().Should().Be(expected);
        resources.Requests["cpu"].ToString().Should().Be(expected);
    }

    [Fact]
    public void Container_defaults_do_not_copy_limits_into_requests()
    {
        var container = Container() with { Resources = new ResourceRequirements { Limits = Resources(("cpu", "1")) } };

        ApiDefaults.ApplyContainer(container).Resources!.Requests.Should().BeEmpty();
    }

    public static TheoryData<string, Func<Lifecycle>, Func<Lifecycle, HttpGetAction>> LifecycleHooks => new()
    {
        { "postStart", () => new Lifecycle { PostStart = new LifecycleHandler { HttpGet = new HttpGetAction { Port = 80 } } }, l => l.PostStart!.HttpGet! },
        { "preStop", () => new Lifecycle { PreStop = new LifecycleHandler { HttpGet = new HttpGetAction { Port = 80 } } }, l => l.PreStop!.HttpGet! },
    };

    [Theory]
    [MemberData(nameof(LifecycleHooks))]
    public void Lifecycle_http_hook_gets_path_and_scheme_defaults(string hook, Func<Lifecycle> make, Func<Lifecycle, HttpGetAction> read)
    {
        var container = Container() with { Lifecycle = make() };

        var action = read(ApiDefaults.ApplyContainer(container).Lifecycle!);

        action.Path.Should().Be("/", hook);
        action.Scheme.Should().Be(UriSchemes.Http, hook);
    }

    [Fact]
    public void Lifecycle_http_hook_keeps_explicit_path_and_scheme()
    {
        var container = Container() with
        {
            Lifecycle = new Lifecycle
            {
                PostStart = new LifecycleHandler { HttpGet = new HttpGetAction { Path = "/start", Scheme = UriSchemes.Https } },
                PreStop = new LifecycleHandler { Exec = new ExecAction() },
            },
        };

        var lifecycle = ApiDefaults.ApplyContainer(container).Lifecycle!;

        lifecycle.PostStart!.HttpGet!.Path.Should().Be("/start");
        lifecycle.PostStart.HttpGet.Scheme.Should().Be(UriSchemes.Https);
        lifecycle.PreStop!.HttpGet.Should().BeNull();
    }
}
