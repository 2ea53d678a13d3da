using PodSim.Manifests;

namespace PodSim.Tests.Support;

/// <summary>Lists the leaf paths of a node tree (scalars that are not null, and empty objects), for round-trip checks.</summary>
internal static class NodePaths
{
    public static SortedSet<string> Leaves(ManifestNode node)
    {
        var set = new SortedSet<string>(StringComparer.Ordinal);
        Collect(node, string.Empty, set);
        return set;
    }

    private static void Collect(ManifestNode node, string path, SortedSet<string> set)
    {
        switch (node)
        {
            case ManifestScalar { Kind: ScalarKind.Null }:
                break;
            case ManifestScalar:
                set.Add(path);
                break;
            case ManifestSequence s:
                for (var i = 0; i < s.Items.Count; i++)
                {
                    Collect(s.Items[i], path + "[" + i + "]", set);
                }

                break;
            case ManifestMapping { Entries.Count: 0 }:
                set.Add(path + "{}");
                break;
            case ManifestMapping m:
                foreach (var (k, v) in m.Entries)
                {
                    Collect(v, path.Length == 0 ? k.Value : path + "." + k.Value, set);
                }

                break;
        }
    }
}
