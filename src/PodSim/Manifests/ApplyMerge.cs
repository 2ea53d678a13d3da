using PodSim.Model;

namespace PodSim.Manifests;

/// <summary>
/// What <c>kubectl apply</c> sends for an object that exists, in PodSim's simpler form: the fields the manifest gives
/// are laid over the live object, and everything else stays as the API server and its admission plugins made it
/// (<c>staging/src/k8s.io/apimachinery/pkg/util/strategicpatch</c>). Mappings merge key by key; a list whose items
/// all have a <c>name</c> (containers, volumes, env, ports) merges item by item by name, live items the manifest does
/// not name kept; any other list, and every scalar, is replaced. There is no last-applied record, so a field removed
/// from the manifest is not removed from the object.
/// </summary>
internal static class ApplyMerge
{
    /// <summary>Lays the manifest's fields over the live object.</summary>
    /// <param name="live">The object as stored.</param>
    /// <param name="applied">The object as the manifest gives it.</param>
    /// <returns>The merged object, of the live object's type.</returns>
    /// <exception cref="ArgumentException">The two objects are of different kinds.</exception>
    public static KubeObject Merge(KubeObject live, KubeObject applied)
    {
        ArgumentNullException.ThrowIfNull(live);
        ArgumentNullException.ThrowIfNull(applied);
        if (live.GetType() != applied.GetType())
        {
            throw new ArgumentException("cannot apply a " + applied.Kind + " over a " + live.Kind, nameof(applied));
        }

        var merged = Merge(ModelWriter.ToNode(live)!, ModelWriter.ToNode(applied)!);
        var diagnostics = new List<ManifestDiagnostic>();
        var result = new ModelReader(diagnostics, live.Kind + "/" + live.Metadata.Name).Read(merged, live.GetType(), string.Empty) as KubeObject;
        return result ?? throw new ArgumentException("the merged object could not be read: " + string.Join("; ", diagnostics), nameof(applied));
    }

    private static ManifestNode Merge(ManifestNode live, ManifestNode applied) => (live, applied) switch
    {
        (ManifestMapping l, ManifestMapping a) => MergeMappings(l, a),
        (ManifestSequence l, ManifestSequence a) when AllNamed(l) && AllNamed(a) => MergeByName(l, a),
        _ => applied,
    };

    private static ManifestMapping MergeMappings(ManifestMapping live, ManifestMapping applied)
    {
        var entries = new List<KeyValuePair<ManifestScalar, ManifestNode>>(live.Entries.Count + applied.Entries.Count);
        foreach (var entry in live.Entries)
        {
            entries.Add(applied.TryGetValue(entry.Key.Value, out var given)
                ? new(entry.Key, Merge(entry.Value, given))
                : entry);
        }

        foreach (var entry in applied.Entries)
        {
            if (!live.TryGetValue(entry.Key.Value, out _))
            {
                entries.Add(entry);
            }
        }

        return new ManifestMapping(entries, live.Location);
    }

    private static ManifestSequence MergeByName(ManifestSequence live, ManifestSequence applied)
    {
        var items = new List<ManifestNode>(Math.Max(live.Items.Count, applied.Items.Count));
        foreach (var given in applied.Items)
        {
            var match = live.Items.FirstOrDefault(item => NameOf(item) == NameOf(given));
            items.Add(match is null ? given : Merge(match, given));
        }

        foreach (var item in live.Items)
        {
            if (!applied.Items.Any(given => NameOf(given) == NameOf(item)))
            {
                items.Add(item);
            }
        }

        return new ManifestSequence(items, live.Location);
    }

    private static bool AllNamed(ManifestSequence sequence) =>
        sequence.Items.Count > 0 && sequence.Items.All(item => NameOf(item) is not null);

    private static string? NameOf(ManifestNode node) =>
        node is ManifestMapping m && m.TryGetValue("name", out var name) && name is ManifestScalar s ? s.Value : null;
}
