using System.Collections.ObjectModel;
using PodSim.Model;

namespace PodSim.Defaulting;

/// <summary>
/// Helpers that keep the original instances when defaulting changes nothing, so that a second defaulting
/// pass returns the very objects it was given and unchanged sub-trees are shared rather than copied.
/// </summary>
internal static class Unchanged
{
    /// <summary>
    /// Returns <paramref name="original"/> when <paramref name="updated"/> equals it. Record equality compares
    /// lists and maps by reference, which is exact here because the helpers below keep unchanged collections.
    /// </summary>
    public static T Keep<T>(T original, T updated)
        where T : class, IEquatable<T> =>
        original.Equals(updated) ? original : updated;

    /// <summary>Applies <paramref name="apply"/> to every item; returns the same list when no item changed.</summary>
    public static IReadOnlyList<T> Map<T>(IReadOnlyList<T> items, Func<T, T> apply)
        where T : class
    {
        T[]? copy = null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var result = apply(item);
            if (!ReferenceEquals(result, item))
            {
                copy ??= [.. items];
                copy[i] = result;
            }
        }

        return copy is null ? items : new ReadOnlyCollection<T>(copy);
    }

    /// <summary>
    /// Rounds every quantity of a resource list up to milli units (<c>SetDefaults_ResourceList</c>);
    /// returns the same map when nothing needed rounding. Key order is kept.
    /// </summary>
    public static IReadOnlyDictionary<string, Quantity> RoundUpToMilli(IReadOnlyDictionary<string, Quantity> resources)
    {
        if (resources.Values.All(q => q.RoundUpToMilli() == q))
        {
            return resources;
        }

        var rounded = new Dictionary<string, Quantity>(resources.Count, StringComparer.Ordinal);
        foreach (var (name, quantity) in resources)
        {
            rounded[name] = quantity.RoundUpToMilli();
        }

        return rounded.AsReadOnly();
    }

    /// <summary>Returns <paramref name="fallback"/> when <paramref name="value"/> is null or empty.</summary>
    public static string OrIfEmpty(this string? value, string fallback) =>
        string.IsNullOrEmpty(value) ? fallback : value;

    /// <summary>Returns <paramref name="fallback"/> when <paramref name="value"/> is null or zero (Go's zero value).</summary>
    public static int OrIfZero(this int? value, int fallback) =>
        value.GetValueOrDefault() == 0 ? fallback : value!.Value;
}
