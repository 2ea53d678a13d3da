namespace PodSim.Model;

/// <summary>A pause of a fixed length.</summary>
public sealed record SleepAction
{
    /// <summary>Gets the length of the pause in seconds.</summary>
    public long? Seconds { get; init; }
}
