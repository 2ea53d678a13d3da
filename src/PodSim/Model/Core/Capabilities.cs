namespace PodSim.Model;

/// <summary>Linux capabilities added to or dropped from a container.</summary>
public sealed record Capabilities
{
    /// <summary>Gets the capabilities added.</summary>
    public IReadOnlyList<string> Add { get; init; } = [];

    /// <summary>Gets the capabilities removed.</summary>
    public IReadOnlyList<string> Drop { get; init; } = [];
}
