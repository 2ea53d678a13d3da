using PodSim.Kubelet;
using PodSim.Model;
using PodSim.Scenarios;

namespace PodSim.Tests.Kubelet;

/// <summary>The scripted probe outcome per handler kind, with the kubelet prober's failure and timeout texts.</summary>
public class ProbeScriptTests
{
    private static readonly Probe Http = new() { HttpGet = new HttpGetAction { Path = "/healthz", Port = 8080 } };
    private static readonly Probe Tcp = new() { TcpSocket = new TcpSocketAction { Port = 5432 } };
    private static readonly Probe Grpc = new() { Grpc = new GrpcAction { Port = 9000 }, TimeoutSeconds = 2 };
    private static readonly Probe Exec = new() { Exec = new ExecAction { Command = ["cat", "/tmp/healthy"] } };

    public static TheoryData<string, Probe, string, string> Failures() => new()
    {
        { "http", Http, "HTTP probe failed with statuscode: 500", "Get \"http://10.244.0.2:8080/healthz\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)" },
        { "tcp", Tcp, "dial tcp 10.244.0.2:5432: connect: connection refused", "dial tcp 10.244.0.2:5432: i/o timeout" },
        { "grpc", Grpc, "service unhealthy (responded with \"NOT_SERVING\")", "timeout: health rpc did not complete within 2s" },
        { "exec", Exec, string.Empty, "command \"cat /tmp/healthy\" timed out" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Failure_and_timeout_texts_follow_the_handler(string kind, Probe probe, string failure, string timeout)
    {
        var failing = ProbeScript.Evaluate(probe, ProbeType.Liveness, [], TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(10), "10.244.0.2");
        var slow = ProbeScript.Evaluate(probe, ProbeType.Liveness, [new ProbeWindowSpec { Latency = GoDuration.Parse("5s"), Result = "Success" }], TimeSpan.Zero, TimeSpan.FromSeconds(10), "10.244.0.2");

        failing.Should().Be(new ProbeOutcome(false, failure, TimeSpan.Zero), kind);
        slow.Should().Be(new ProbeOutcome(false, timeout, TimeSpan.FromSeconds(probe.TimeoutSeconds ?? 1)), kind);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(29.9, false)]
    [InlineData(30, true)]
    [InlineData(59, true)]
    [InlineData(65, false)]
    [InlineData(75, true)]
    public void First_matching_window_decides_else_ready_after(double at, bool success)
    {
        IReadOnlyList<ProbeWindowSpec> windows =
        [
            new() { From = GoDuration.Parse("1m"), To = GoDuration.Parse("70s"), Result = "Failure" },
            new() { From = GoDuration.Parse("50s"), To = GoDuration.Parse("80s"), Result = "Success" },
        ];

        ProbeScript.Evaluate(Http, ProbeType.Readiness, windows, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(at), "10.244.0.2").Success.Should().Be(success);
    }

    [Theory]
    [InlineData(0, 30.0)]
    [InlineData(30, 50.0)]
    [InlineData(55, 60.0)]
    [InlineData(65, 70.0)]
    [InlineData(75, 80.0)]
    [InlineData(80, null)]
    public void Next_change_is_the_next_boundary(double at, double? next)
    {
        IReadOnlyList<ProbeWindowSpec> windows =
        [
            new() { From = GoDuration.Parse("1m"), To = GoDuration.Parse("70s"), Result = "Failure" },
            new() { From = GoDuration.Parse("50s"), To = GoDuration.Parse("80s"), Result = "Success" },
        ];

        ProbeScript.NextChange(windows, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(at))
            .Should().Be(next is null ? null : TimeSpan.FromSeconds(next.Value));
    }
}
