using PodSim.Model;

namespace PodSim.Scenarios;

/// <summary>How a lifecycle hook behaves.</summary>
public sealed record HookSpec
{
    /// <summary>Gets how long the hook runs (default 0s).</summary>
    public GoDuration? Duration { get; init; }

    /// <summary>Gets the hook's result: <c>Success</c> (default) or <c>Failure</c>.</summary>
    public string? Result { get; init; }
}
