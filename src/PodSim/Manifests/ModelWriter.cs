using System.Collections;
using System.Globalization;
using PodSim.Model;

namespace PodSim.Manifests;

/// <summary>
/// Turns model records into <see cref="ManifestNode"/> trees with Kubernetes field names in Kubernetes order,
/// leaving out unset fields and empty lists and maps (as the API's <c>omitempty</c> does). Map keys are sorted
/// ordinally, as Kubernetes writes them, so output never depends on insertion order.
/// </summary>
internal static class ModelWriter
{
    private static readonly SourceLocation Nowhere = new("<generated>", 1, 1);

    public static ManifestNode? ToNode(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case ManifestNode node:
                return node;
            case FreeformValue freeform:
                return FreeformNodes.ToNode(freeform, new(ReferenceEqualityComparer.Instance));
            case string s:
                return new ManifestScalar(s, ScalarKind.String, Nowhere);
            case bool b:
                return new ManifestScalar(b ? "true" : "false", ScalarKind.Boolean, Nowhere);
            case int i:
                return new ManifestScalar(i.ToString(CultureInfo.InvariantCulture), ScalarKind.Integer, Nowhere);
            case long l:
                return new ManifestScalar(l.ToString(CultureInfo.InvariantCulture), ScalarKind.Integer, Nowhere);
            case double d:
                return new ManifestScalar(d.ToString("R", CultureInfo.InvariantCulture), ScalarKind.Float, Nowhere);
            case Quantity q:
                return new ManifestScalar(q.ToString(), ScalarKind.String, Nowhere);
            case IntOrString ios:
                return ios.IsInt
                    ? new ManifestScalar(ios.IntValue.ToString(CultureInfo.InvariantCulture), ScalarKind.Integer, Nowhere)
                    : new ManifestScalar(ios.StringValue!, ScalarKind.String, Nowhere);
            case GoDuration g:
                return new ManifestScalar(g.ToString(), ScalarKind.String, Nowhere);
            case DateTimeOffset t:
                return new ManifestScalar(FormatTime(t), ScalarKind.String, Nowhere);
            case IDictionary dictionary:
                return MapToNode(dictionary);
            case IEnumerable list:
                return ListToNode(list);
            default:
                return RecordToNode(value);
        }
    }

    /// <summary>Formats a time as Kubernetes does (<c>metav1.Time</c>: RFC 3339 in UTC, whole seconds).</summary>
    public static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static ManifestMapping RecordToNode(object value)
    {
        var shape = ModelShape.Of(value.GetType());
        var entries = new List<KeyValuePair<ManifestScalar, ManifestNode>>(shape.Fields.Count);
        foreach (var field in shape.Fields)
        {
            var child = ToNode(field.Property.GetValue(value));
            // Empty lists are left out like omitempty; an empty object (emptyDir: {}) is kept, it means something.
            if (child is null || child is ManifestSequence { Items.Count: 0 })
            {
                continue;
            }

            entries.Add(new(new ManifestScalar(field.Name, ScalarKind.String, Nowhere), child));
        }

        return new ManifestMapping(entries, Nowhere);
    }

    private static ManifestNode? MapToNode(IDictionary dictionary)
    {
        if (dictionary.Count == 0)
        {
            return null;
        }

        var keys = new List<string>(dictionary.Count);
        foreach (var key in dictionary.Keys)
        {
            keys.Add((string)key);
        }

        keys.Sort(StringComparer.Ordinal);
        var entries = new List<KeyValuePair<ManifestScalar, ManifestNode>>(keys.Count);
        foreach (var key in keys)
        {
            var child = ToNode(dictionary[key]) ?? new ManifestScalar(string.Empty, ScalarKind.Null, Nowhere);
            entries.Add(new(new ManifestScalar(key, ScalarKind.String, Nowhere), child));
        }

        return new ManifestMapping(entries, Nowhere);
    }

    private static ManifestSequence ListToNode(IEnumerable list)
    {
        var items = new List<ManifestNode>();
        foreach (var item in list)
        {
            var child = ToNode(item);
            if (child is not null)
            {
                items.Add(child);
            }
        }

        return new ManifestSequence(items, Nowhere);
    }
}
