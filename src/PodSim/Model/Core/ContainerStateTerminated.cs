namespace PodSim.Model;

/// <summary>A container that has exited.</summary>
public sealed record ContainerStateTerminated
{
    /// <summary>Gets the exit code of the container's last run.</summary>
    public int? ExitCode { get; init; }

    /// <summary>Gets the signal that ended the container, if any.</summary>
    public int? Signal { get; init; }

    /// <summary>Gets a short reason for the termination.</summary>
    public string? Reason { get; init; }

    /// <summary>Gets a human-readable explanation of the termination.</summary>
    public string? Message { get; init; }

    /// <summary>Gets when the container's last run started.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>Gets when the container's last run ended.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Gets the runtime's identifier of the container.</summary>
    public string? ContainerID { get; init; }
}
