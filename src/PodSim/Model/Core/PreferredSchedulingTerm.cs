namespace PodSim.Model;

/// <summary>A weighted node preference.</summary>
public sealed record PreferredSchedulingTerm
{
    /// <summary>Gets the weight added when the preference matches.</summary>
    public int? Weight { get; init; }

    /// <summary>Gets the node term preferred.</summary>
    public NodeSelectorTerm? Preference { get; init; }
}
