namespace PodSim.Model;

/// <summary>A health check run against a container.</summary>
public sealed record Probe
{
    /// <summary>Gets the command run inside the container.</summary>
    public ExecAction? Exec { get; init; }

    /// <summary>Gets the HTTP request sent to the container.</summary>
    public HttpGetAction? HttpGet { get; init; }

    /// <summary>Gets the TCP port the check connects to.</summary>
    public TcpSocketAction? TcpSocket { get; init; }

    /// <summary>Gets the gRPC health check performed.</summary>
    public GrpcAction? Grpc { get; init; }

    /// <summary>Gets the delay, in seconds, after the container starts before the first check.</summary>
    public int? InitialDelaySeconds { get; init; }

    /// <summary>Gets how long, in seconds, a single check may take.</summary>
    public int? TimeoutSeconds { get; init; }

    /// <summary>Gets the interval, in seconds, between checks.</summary>
    public int? PeriodSeconds { get; init; }

    /// <summary>Gets the number of consecutive successes needed after a failure.</summary>
    public int? SuccessThreshold { get; init; }

    /// <summary>Gets the number of consecutive failures that count as failed.</summary>
    public int? FailureThreshold { get; init; }

    /// <summary>Gets the grace period used when a failing probe kills the container.</summary>
    public long? TerminationGracePeriodSeconds { get; init; }
}
