using PodSim.Model;

namespace PodSim.Admission;

/// <summary>
/// Merges two toleration lists as <c>pkg/util/tolerations.MergeTolerations</c> does: the concatenation, dropping any
/// toleration that another one covers (equal duplicates keep the first).
/// </summary>
internal static class TolerationMerge
{
    /// <summary>Merges the lists.</summary>
    /// <param name="first">The pod's tolerations.</param>
    /// <param name="second">The tolerations added.</param>
    /// <returns>The merged list.</returns>
    internal static IReadOnlyList<Toleration> Merge(IReadOnlyList<Toleration> first, IReadOnlyList<Toleration> second)
    {
        var all = new List<Toleration>(first.Count + second.Count);
        all.AddRange(first);
        all.AddRange(second);
        var merged = new List<Toleration>(all.Count);
        for (var i = 0; i < all.Count; i++)
        {
            if (!IsRedundant(all, merged, i))
            {
                merged.Add(all[i]);
            }
        }

        return merged;
    }

    private static bool IsRedundant(List<Toleration> all, List<Toleration> merged, int i)
    {
        var t = all[i];
        foreach (var kept in merged)
        {
            if (IsSuperset(kept, t))
            {
                return true;
            }
        }

        for (var j = i + 1; j < all.Count; j++)
        {
            if (all[j] != t && IsSuperset(all[j], t))
            {
                return true;
            }
        }

        return false;
    }

    // Whether `ss` tolerates everything `t` tolerates.
    private static bool IsSuperset(Toleration ss, Toleration t)
    {
        if (ss == t)
        {
            return true;
        }

        var ssKey = ss.Key ?? string.Empty;
        var ssEffect = ss.Effect ?? string.Empty;
        var ssOperator = ss.Operator ?? string.Empty;

        // An empty key with Exists matches every key.
        if ((t.Key ?? string.Empty) != ssKey && (ssKey.Length != 0 || ssOperator != TolerationOperators.Exists))
        {
            return false;
        }

        // An empty effect matches every effect.
        if ((t.Effect ?? string.Empty) != ssEffect && ssEffect.Length != 0)
        {
            return false;
        }

        if (ssEffect == TaintEffects.NoExecute && ss.TolerationSeconds is { } ssSeconds
            && (t.TolerationSeconds is not { } tSeconds || tSeconds > ssSeconds))
        {
            return false;
        }

        return ssOperator switch
        {
            // An empty operator means Equal; upstream then requires t to say Equal explicitly.
            TolerationOperators.Equal or "" => t.Operator == TolerationOperators.Equal && (t.Value ?? string.Empty) == (ss.Value ?? string.Empty),
            TolerationOperators.Exists => true,
            _ => false,
        };
    }
}
