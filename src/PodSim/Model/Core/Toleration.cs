namespace PodSim.Model;

/// <summary>Lets a pod be scheduled onto, or stay on, nodes with a matching taint.</summary>
public sealed record Toleration
{
    /// <summary>Gets the taint key matched; empty matches all keys.</summary>
    public string? Key { get; init; }

    /// <summary>Gets how the value is compared (see <see cref="TolerationOperators"/>).</summary>
    public string? Operator { get; init; }

    /// <summary>Gets the taint value matched.</summary>
    public string? Value { get; init; }

    /// <summary>Gets the taint effect matched; empty matches all effects.</summary>
    public string? Effect { get; init; }

    /// <summary>Gets how long, in seconds, a NoExecute taint is tolerated.</summary>
    public long? TolerationSeconds { get; init; }
}
