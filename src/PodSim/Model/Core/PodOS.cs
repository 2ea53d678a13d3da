namespace PodSim.Model;

/// <summary>The operating system a pod needs.</summary>
public sealed record PodOS
{
    /// <summary>Gets the operating system's name, such as linux or windows.</summary>
    public string? Name { get; init; }
}
