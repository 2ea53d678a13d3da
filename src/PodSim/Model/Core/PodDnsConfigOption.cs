namespace PodSim.Model;

/// <summary>A resolver option.</summary>
public sealed record PodDnsConfigOption
{
    /// <summary>Gets the option's name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the option's value.</summary>
    public string? Value { get; init; }
}
