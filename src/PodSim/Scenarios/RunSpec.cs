using PodSim.Model;

namespace PodSim.Scenarios;

/// <summary>Overrides for one start (run) of a container; unset fields fall back to the behaviour's.</summary>
public sealed record RunSpec
{
    /// <summary>Gets how long after it starts the process exits on its own.</summary>
    public GoDuration? ExitAfter { get; init; }

    /// <summary>Gets the exit code of an exit on its own.</summary>
    public int? ExitCode { get; init; }

    /// <summary>Gets how long after start the health endpoints begin to pass.</summary>
    public GoDuration? ReadyAfter { get; init; }

    /// <summary>Gets the time from SIGTERM to exit, or <c>never</c>.</summary>
    public GoDuration? StopAfter { get; init; }

    /// <summary>Gets the exit code after SIGTERM.</summary>
    public int? SigtermExitCode { get; init; }

    /// <summary>Gets how the postStart hook behaves in this run.</summary>
    public HookSpec? PostStart { get; init; }

    /// <summary>Gets how the preStop hook behaves in this run.</summary>
    public HookSpec? PreStop { get; init; }

    /// <summary>Gets the termination message of this run.</summary>
    public string? TerminationMessage { get; init; }

    /// <summary>Gets the memory use of this run.</summary>
    public MemorySpec? Memory { get; init; }
}
