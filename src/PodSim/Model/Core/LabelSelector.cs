namespace PodSim.Model;

/// <summary>A label query over objects.</summary>
public sealed record LabelSelector
{
    /// <summary>Gets the labels that must be present with these exact values.</summary>
    public IReadOnlyDictionary<string, string> MatchLabels { get; init; } = EmptyMap.Strings;

    /// <summary>Gets the label requirements that must all hold.</summary>
    public IReadOnlyList<LabelSelectorRequirement> MatchExpressions { get; init; } = [];
}
