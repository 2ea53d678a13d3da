namespace PodSim.Model;

/// <summary>A label query over objects.</summary>
public sealed record LabelSelector
{
    /// <summary>Gets the labels that must be present with these exact values.</summary>
    public IReadOnlyDictionary<string, string> MatchLabels { get; init; } = EmptyMap.Strings;

    /// <summary>Gets the label requirements that must all hold.</summary>
    public IReadOnlyList<LabelSelectorRequirement> MatchExpressions { get; init; } = [];

    /// <summary>
    /// Tells whether a label set satisfies the selector: every <see cref="MatchLabels"/> entry and every
    /// <see cref="MatchExpressions"/> requirement holds (<c>LabelSelectorAsSelector</c> in
    /// <c>staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/helpers.go</c>); an empty selector matches everything, and a
    /// requirement with an unknown operator matches nothing.
    /// </summary>
    /// <param name="labels">The labels.</param>
    /// <returns>Whether they match.</returns>
    public bool Matches(IReadOnlyDictionary<string, string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        foreach (var (k, v) in MatchLabels)
        {
            if (!labels.TryGetValue(k, out var actual) || actual != v)
            {
                return false;
            }
        }

        foreach (var req in MatchExpressions)
        {
            var key = req.Key ?? string.Empty;
            var has = labels.TryGetValue(key, out var value);
            var ok = req.Operator switch
            {
                "In" => has && req.Values.Contains(value!),
                "NotIn" => !has || !req.Values.Contains(value!),
                "Exists" => has,
                "DoesNotExist" => !has,
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
