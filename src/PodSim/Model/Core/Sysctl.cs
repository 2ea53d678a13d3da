namespace PodSim.Model;

/// <summary>A kernel parameter and its value.</summary>
public sealed record Sysctl
{
    /// <summary>Gets the parameter's name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the parameter's value.</summary>
    public string? Value { get; init; }
}
