namespace PodSim.Model;

/// <summary>A custom HTTP header.</summary>
public sealed record HttpHeader
{
    /// <summary>Gets the header's name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the header's value.</summary>
    public string? Value { get; init; }
}
