using PodSim.Defaulting;
using PodSim.Model;
using static PodSim.Tests.Defaulting.DefaultingSamples;

namespace PodSim.Tests.Defaulting;

public class ProbeDefaultingTests
{
    public static TheoryData<string, Func<Probe, int?>, int> ProbeCounters => new()
    {
        { "timeoutSeconds", p => p.TimeoutSeconds, 1 },
        { "periodSeconds", p => p.PeriodSeconds, 10 },
        { "successThreshold", p => p.SuccessThreshold, 1 },
        { "failureThreshold", p => p.FailureThreshold, 3 },
    };

    public static TheoryData<string, Func<Probe, Container>, Func<Container, Probe>> ProbeSlots => new()
    {
        { "livenessProbe", p => Container() with { LivenessProbe = p }, c => c.LivenessProbe! },
        { "readinessProbe", p => Container() with { ReadinessProbe = p }, c => c.ReadinessProbe! },
        { "startupProbe", p => Container() with { StartupProbe = p }, c => c.StartupProbe! },
    };

    [Theory]
    [MemberData(nameof(ProbeCounters))]
    public void Unset_probe_counter_gets_its_default(string field, Func<Probe, int?> read, int expected)
    {
        read(ApiDefaults.ApplyProbe(new Probe())).Should().Be(expected, field);
    }

    [Theory]
    [MemberData(nameof(ProbeCounters))]
    public void Zero_probe_counter_counts_as_unset(string field, Func<Probe, int?> read, int expected)
    {
        var probe = new Probe { TimeoutSeconds = 0, PeriodSeconds = 0, SuccessThreshold = 0, FailureThreshold = 0 };

        read(ApiDefaults.ApplyProbe(probe)).Should().Be(expected, field);
    }

    [Theory]
    [MemberData(nameof(ProbeCounters))]
    public void Explicit_probe_counter_is_kept(string field, Func<Probe, int?> read, int expected)
    {
        _ = expected;
        var probe = new Probe { TimeoutSeconds = 7, PeriodSeconds = 7, SuccessThreshold = 7, FailureThreshold = 7 };

        read(ApiDefaults.ApplyProbe(probe)).Should().Be(7, field);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(5)]
    public void Initial_delay_is_not_defaulted(int? delay)
    {
        ApiDefaults.ApplyProbe(new Probe { InitialDelaySeconds = delay }).InitialDelaySeconds.Should().Be(delay);
    }

    [Theory]
    [InlineData(null, null, "/", UriSchemes.Http)]
    [InlineData("", "", "/", UriSchemes.Http)]
    [InlineData("/healthz", null, "/healthz", UriSchemes.Http)]
    [InlineData(null, UriSchemes.Https, "/", UriSchemes.Https)]
    public void Http_probe_gets_path_and_scheme_defaults(string? path, string? scheme, string expectedPath, string expectedScheme)
    {
        var probe = new Probe { HttpGet = new HttpGetAction { Path = path, Scheme = scheme, Port = 8080 } };

        var action = ApiDefaults.ApplyProbe(probe).HttpGet!;

        action.Path.Should().Be(expectedPath);
        action.Scheme.Should().Be(expectedScheme);
        action.Port.Should().Be((IntOrString)8080);
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("liveness", "liveness")]
    public void Grpc_probe_service_gets_the_empty_default_from_its_marker(string? service, string expected)
    {
        var probe = new Probe { Grpc = new GrpcAction { Port = 9090, Service = service } };

        ApiDefaults.ApplyProbe(probe).Grpc!.Service.Should().Be(expected);
    }

    [Fact]
    public void Probe_handlers_that_are_absent_stay_absent()
    {
        var result = ApiDefaults.ApplyProbe(new Probe { TcpSocket = new TcpSocketAction() });

        result.HttpGet.Should().BeNull();
        result.Grpc.Should().BeNull();
        result.Exec.Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(ProbeSlots))]
    public void Every_container_probe_is_defaulted(string slot, Func<Probe, Container> make, Func<Container, Probe> read)
    {
        var probe = read(ApiDefaults.ApplyContainer(make(new Probe { HttpGet = new HttpGetAction { Port = 80 } })));

        probe.TimeoutSeconds.Should().Be(1, slot);
        probe.PeriodSeconds.Should().Be(10, slot);
        probe.SuccessThreshold.Should().Be(1, slot);
        probe.FailureThreshold.Should().Be(3, slot);
        probe.HttpGet!.Path.Should().Be("/", slot);
        probe.HttpGet.Scheme.Should().Be(UriSchemes.Http, slot);
    }
}
