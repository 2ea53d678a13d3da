namespace PodSim.Model;

/// <summary>A mark on a node that repels pods without a matching toleration.</summary>
public sealed record Taint
{
    /// <summary>Gets the taint's key.</summary>
    public string? Key { get; init; }

    /// <summary>Gets the taint's value.</summary>
    public string? Value { get; init; }

    /// <summary>Gets the taint's effect (see <see cref="TaintEffects"/>).</summary>
    public string? Effect { get; init; }

    /// <summary>Gets when a NoExecute taint was added.</summary>
    public DateTimeOffset? TimeAdded { get; init; }
}
