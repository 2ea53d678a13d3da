using PodSim.Scenarios;

namespace PodSim.Kubelet;

/// <summary>How one run (one start) of a container's process behaves, resolved from the scenario's behaviours.</summary>
internal sealed record ProcessBehavior
{
    /// <summary>The behaviour of a container no scenario behaviour matches: runs until stopped, 143 on SIGTERM.</summary>
    public static ProcessBehavior Default { get; } = new();

    /// <summary>Gets how long after start the process exits on its own; null runs until stopped.</summary>
    public TimeSpan? ExitAfter { get; init; }

    /// <summary>Gets the exit code of an exit on its own.</summary>
    public int ExitCode { get; init; }

    /// <summary>Gets how long after start the health endpoints pass.</summary>
    public TimeSpan ReadyAfter { get; init; }

    /// <summary>Gets the time from SIGTERM to exit; null ignores SIGTERM until SIGKILL.</summary>
    public TimeSpan? StopAfter { get; init; } = TimeSpan.Zero;

    /// <summary>Gets the exit code after SIGTERM.</summary>
    public int SigtermExitCode { get; init; } = 143;

    /// <summary>Gets how long the postStart hook runs.</summary>
    public TimeSpan PostStartDuration { get; init; }

    /// <summary>Gets a value indicating whether the postStart hook fails.</summary>
    public bool PostStartFails { get; init; }

    /// <summary>Gets how long the preStop hook runs.</summary>
    public TimeSpan PreStopDuration { get; init; }

    /// <summary>Gets a value indicating whether the preStop hook fails.</summary>
    public bool PreStopFails { get; init; }

    /// <summary>Gets the text the process writes to its termination message file.</summary>
    public string? TerminationMessage { get; init; }

    /// <summary>Gets the memory use of the run.</summary>
    public MemorySpec? Memory { get; init; }

    /// <summary>Gets scripted probe results.</summary>
    public ProbeScriptSpec? Probes { get; init; }
}
