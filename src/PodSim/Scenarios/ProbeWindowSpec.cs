using PodSim.Model;

namespace PodSim.Scenarios;

/// <summary>A window of virtual time (relative to the start of the run) in which a probe gives a fixed result.</summary>
public sealed record ProbeWindowSpec
{
    /// <summary>Gets the start of the window (default 0s).</summary>
    public GoDuration? From { get; init; }

    /// <summary>Gets the end of the window (exclusive; default: no end).</summary>
    public GoDuration? To { get; init; }

    /// <summary>Gets the result: <c>Success</c> or <c>Failure</c>.</summary>
    public string? Result { get; init; }

    /// <summary>Gets how long each probe takes; at or above timeoutSeconds it is a timeout failure.</summary>
    public GoDuration? Latency { get; init; }
}
