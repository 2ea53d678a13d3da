using PodSim.Model;

namespace PodSim.Scenarios;

/// <summary>An exponential back-off curve: initial delay, doubling up to a maximum.</summary>
public sealed record BackOffSpec
{
    /// <summary>Gets the first delay.</summary>
    public GoDuration? Initial { get; init; }

    /// <summary>Gets the largest delay.</summary>
    public GoDuration? Max { get; init; }
}
