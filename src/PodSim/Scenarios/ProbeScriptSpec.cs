using PodSim.Model;

namespace PodSim.Scenarios;

/// <summary>Scripted probe results per probe type.</summary>
public sealed record ProbeScriptSpec
{
    /// <summary>Gets windows for the liveness probe.</summary>
    public IReadOnlyList<ProbeWindowSpec> Liveness { get; init; } = [];

    /// <summary>Gets windows for the readiness probe.</summary>
    public IReadOnlyList<ProbeWindowSpec> Readiness { get; init; } = [];

    /// <summary>Gets windows for the startup probe.</summary>
    public IReadOnlyList<ProbeWindowSpec> Startup { get; init; } = [];
}
