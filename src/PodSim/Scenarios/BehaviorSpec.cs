using PodSim.Model;

namespace PodSim.Scenarios;

/// <summary>How the processes of matching containers behave. Fields of a run in <see cref="Runs"/> override the behaviour's own.</summary>
public sealed record BehaviorSpec
{
    /// <summary>Gets the name of the pod this applies to; omitted with no selector means every pod.</summary>
    public string? Pod { get; init; }

    /// <summary>Gets a label selector for the pods this applies to.</summary>
    public LabelSelector? PodSelector { get; init; }

    /// <summary>Gets the container this applies to (any kind); omitted means every container of the pod.</summary>
    public string? Container { get; init; }

    /// <summary>Gets how long after it starts the process exits on its own; omitted means it runs until stopped.</summary>
    public GoDuration? ExitAfter { get; init; }

    /// <summary>Gets the exit code of an exit on its own (default 0).</summary>
    public int? ExitCode { get; init; }

    /// <summary>Gets how long after start the health endpoints begin to pass (they fail before; default 0s).</summary>
    public GoDuration? ReadyAfter { get; init; }

    /// <summary>Gets the time from SIGTERM to exit; <c>never</c> ignores SIGTERM until SIGKILL (default 0s).</summary>
    public GoDuration? StopAfter { get; init; }

    /// <summary>Gets the exit code after SIGTERM (default 143).</summary>
    public int? SigtermExitCode { get; init; }

    /// <summary>Gets how the postStart hook behaves.</summary>
    public HookSpec? PostStart { get; init; }

    /// <summary>Gets how the preStop hook behaves.</summary>
    public HookSpec? PreStop { get; init; }

    /// <summary>Gets the text the process writes to its termination message file.</summary>
    public string? TerminationMessage { get; init; }

    /// <summary>Gets the process's working-set memory over time; reaching limits.memory means OOMKilled.</summary>
    public MemorySpec? Memory { get; init; }

    /// <summary>Gets per-probe-type result windows that override ReadyAfter.</summary>
    public ProbeScriptSpec? Probes { get; init; }

    /// <summary>Gets per-start overrides: run 1, run 2, ...; the last entry repeats.</summary>
    public IReadOnlyList<RunSpec> Runs { get; init; } = [];
}
