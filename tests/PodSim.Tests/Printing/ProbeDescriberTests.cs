using PodSim.Model;
using PodSim.Printing;

namespace PodSim.Tests.Printing;

/// <summary>Probe lines of kubectl describe (<c>DescribeProbe</c>), handler by handler.</summary>
public class ProbeDescriberTests
{
    private const string Attrs = "delay=0s timeout=1s period=10s #success=1 #failure=3";

    public static TheoryData<string, Probe, string> Cases() => new()
    {
        { "http default host", Http(new HttpGetAction { Path = "/healthz", Port = 8080, Scheme = "HTTP" }), "http-get http://:8080/healthz " + Attrs },
        { "https with host", Http(new HttpGetAction { Host = "example.com", Path = "/ready", Port = 443, Scheme = "HTTPS" }), "http-get https://example.com:443/ready " + Attrs },
        { "named port", Http(new HttpGetAction { Path = "/", Port = "http", Scheme = "HTTP" }), "http-get http://:http/ " + Attrs },
        { "ipv6 host is bracketed", Http(new HttpGetAction { Host = "::1", Path = "/", Port = 80, Scheme = "HTTP" }), "http-get http://[::1]:80/ " + Attrs },
        { "path without a leading slash", Http(new HttpGetAction { Path = "healthz", Port = 80, Scheme = "HTTP" }), "http-get http://:80/healthz " + Attrs },
        { "path is escaped", Http(new HttpGetAction { Path = "/a b?c=1", Port = 80, Scheme = "HTTP" }), "http-get http://:80/a%20b%3Fc=1 " + Attrs },
        { "empty named port leaves the host alone", Http(new HttpGetAction { Host = "h", Path = "/x", Port = "", Scheme = "HTTP" }), "http-get http://h/x " + Attrs },
        { "tcp", Probe(p => p with { TcpSocket = new TcpSocketAction { Port = 6379 } }), "tcp-socket :6379 " + Attrs },
        { "tcp with host", Probe(p => p with { TcpSocket = new TcpSocketAction { Host = "db", Port = "redis" } }), "tcp-socket db:redis " + Attrs },
        { "grpc", Probe(p => p with { Grpc = new GrpcAction { Port = 9090, Service = "health" } }), "grpc <pod>:9090 health " + Attrs },
        { "grpc without service", Probe(p => p with { Grpc = new GrpcAction { Port = 9090, Service = "" } }), "grpc <pod>:9090  " + Attrs },
        { "exec", Probe(p => p with { Exec = new ExecAction { Command = ["cat", "/tmp/healthy"] } }), "exec [cat /tmp/healthy] " + Attrs },
        { "exec with spaces in an argument", Probe(p => p with { Exec = new ExecAction { Command = ["sh", "-c", "test -f /ok"] } }), "exec [sh -c test -f /ok] " + Attrs },
        { "no handler", Probe(p => p), "unknown " + Attrs },
        {
            "custom timings",
            new Probe { HttpGet = new HttpGetAction { Path = "/", Port = 80, Scheme = "HTTP" }, InitialDelaySeconds = 15, TimeoutSeconds = 2, PeriodSeconds = 20, SuccessThreshold = 1, FailureThreshold = 6 },
            "http-get http://:80/ delay=15s timeout=2s period=20s #success=1 #failure=6"
        },
        { "undefaulted probe prints zeros", new Probe { TcpSocket = new TcpSocketAction { Port = 1 } }, "tcp-socket :1 delay=0s timeout=0s period=0s #success=0 #failure=0" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Probe_line_follows_DescribeProbe(string name, Probe probe, string expected)
    {
        _ = name;
        ProbeDescriber.Describe(probe).Should().Be(expected);
    }

    private static Probe Defaulted() => new() { TimeoutSeconds = 1, PeriodSeconds = 10, SuccessThreshold = 1, FailureThreshold = 3 };

    private static Probe Http(HttpGetAction action) => Defaulted() with { HttpGet = action };

    private static Probe Probe(Func<Probe, Probe> change) => change(Defaulted());
}
