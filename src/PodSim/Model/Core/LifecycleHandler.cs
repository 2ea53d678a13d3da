namespace PodSim.Model;

/// <summary>The action a lifecycle hook performs.</summary>
public sealed record LifecycleHandler
{
    /// <summary>Gets the command run inside the container.</summary>
    public ExecAction? Exec { get; init; }

    /// <summary>Gets the HTTP request sent to the container.</summary>
    public HttpGetAction? HttpGet { get; init; }

    /// <summary>Gets the deprecated TCP check, kept for compatibility.</summary>
    public TcpSocketAction? TcpSocket { get; init; }

    /// <summary>Gets the pause performed.</summary>
    public SleepAction? Sleep { get; init; }
}
