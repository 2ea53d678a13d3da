using System.Globalization;

namespace PodSim.Manifests;

/// <summary>An object read from a manifest, with where it came from.</summary>
public sealed record LoadedObject
{
    /// <summary>Initializes a new instance of the <see cref="LoadedObject"/> class.</summary>
    /// <param name="obj">The typed object.</param>
    /// <param name="location">Where the object starts in its source.</param>
    /// <param name="documentIndex">The 0-based index of its YAML document in the source.</param>
    /// <param name="node">The parsed node the object was read from, for locating fields.</param>
    internal LoadedObject(Model.KubeObject obj, SourceLocation location, int documentIndex, ManifestMapping node)
    {
        Object = obj;
        Location = location;
        DocumentIndex = documentIndex;
        Node = node;
    }

    /// <summary>Gets the typed object.</summary>
    public Model.KubeObject Object { get; init; }

    /// <summary>Gets where the object starts in its source.</summary>
    public SourceLocation Location { get; init; }

    /// <summary>Gets the 0-based index of its YAML document in the source.</summary>
    public int DocumentIndex { get; init; }

    /// <summary>Gets the parsed node the object was read from, for locating fields.</summary>
    internal ManifestMapping Node { get; }

    /// <summary>Gets the object as <c>Kind/name</c>, as kubectl names it in messages.</summary>
    public string Reference => ObjectReferences.Format(Object.Kind, Object.Metadata.Name ?? Object.Metadata.GenerateName);

    /// <summary>
    /// Finds where a field stands in the source, from a Kubernetes field path such as
    /// <c>spec.containers[1].livenessProbe.periodSeconds</c>. When the field is absent (a missing required field),
    /// the nearest enclosing field that is present is returned.
    /// </summary>
    /// <param name="fieldPath">The field path.</param>
    /// <returns>The location.</returns>
    public SourceLocation LocateField(string fieldPath)
    {
        ManifestNode current = Node;
        var i = 0;
        while (i < fieldPath.Length)
        {
            if (fieldPath[i] == '.')
            {
                i++;
                continue;
            }

            ManifestNode? next;
            if (fieldPath[i] == '[')
            {
                var end = fieldPath.IndexOf(']', i);
                if (end < 0)
                {
                    break;
                }

                var key = fieldPath[(i + 1)..end];
                i = end + 1;
                next = current switch
                {
                    ManifestSequence s when int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < s.Items.Count => s.Items[index],
                    ManifestMapping m when m.TryGetValue(key, out var v) => v,
                    _ => null,
                };
            }
            else
            {
                var end = i;
                while (end < fieldPath.Length && fieldPath[end] is not '.' and not '[')
                {
                    end++;
                }

                var name = fieldPath[i..end];
                i = end;
                next = current is ManifestMapping m && m.TryGetValue(name, out var v) ? v : null;
            }

            if (next is null)
            {
                break;
            }

            current = next;
        }

        return current.Location;
    }
}
