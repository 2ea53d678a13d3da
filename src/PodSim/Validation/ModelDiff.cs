using System.Collections;
using PodSim.Manifests;
using PodSim.Model;

namespace PodSim.Validation;

/// <summary>
/// Semantic equality of model values, as upstream's <c>apiequality.Semantic.DeepEqual</c> decides it (an empty list or
/// map equals an unset one, quantities compare by value, an empty object differs from an unset one), and a
/// deterministic field-level diff that stands in for upstream's <c>cmp.Diff</c> text.
/// </summary>
internal static class ModelDiff
{
    /// <summary>Whether two model values are semantically equal.</summary>
    public static bool AreEqual(object? a, object? b) => Compare(a, b, FieldPath.Root, null);

    /// <summary>
    /// The differences between two values, one line per changed leaf in field order: <c>- path: old</c> then
    /// <c>+ path: new</c>, values as compact JSON. A value present on one side only gives one line.
    /// </summary>
    public static List<string> Lines(object? oldValue, object? newValue, FieldPath path)
    {
        var lines = new List<string>();
        Compare(oldValue, newValue, path, lines);
        return lines;
    }

    private static bool Compare(object? a, object? b, FieldPath path, List<string>? lines)
    {
        var aEmpty = IsEmpty(a);
        var bEmpty = IsEmpty(b);
        if (aEmpty && bEmpty)
        {
            return true;
        }

        if (aEmpty || bEmpty)
        {
            Report(a, b, path, lines);
            return false;
        }

        // Collections compare by content whatever their concrete type; other values must be of one type.
        switch (a, b)
        {
            // Free-form values (and the node trees field errors are given) compare by their JSON.
            case (FreeformValue or ManifestNode, FreeformValue or ManifestNode):
                if (string.Equals(ValueJson.Of(a), ValueJson.Of(b), StringComparison.Ordinal))
                {
                    return true;
                }

                Report(a, b, path, lines);
                return false;
            case (IDictionary da, IDictionary db):
                return CompareMaps(da, db, path, lines);
            case (string, _) or (_, string):
                break;
            case (IEnumerable ea, IEnumerable eb):
                return CompareLists(ea, eb, path, lines);
        }

        if (a!.GetType() != b!.GetType())
        {
            Report(a, b, path, lines);
            return false;
        }

        if (IsScalar(a))
        {
            if (a.Equals(b))
            {
                return true;
            }

            Report(a, b, path, lines);
            return false;
        }

        var equal = true;
        foreach (var field in ModelShape.Of(a.GetType()).Fields)
        {
            if (!Compare(field.Property.GetValue(a), field.Property.GetValue(b), path.Child(field.Name), lines))
            {
                equal = false;
                if (lines is null)
                {
                    return false;
                }
            }
        }

        return equal;
    }

    private static bool CompareMaps(IDictionary a, IDictionary b, FieldPath path, List<string>? lines)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var k in a.Keys)
        {
            keys.Add((string)k);
        }

        foreach (var k in b.Keys)
        {
            keys.Add((string)k);
        }

        var equal = true;
        foreach (var key in keys)
        {
            var inA = a.Contains(key);
            var inB = b.Contains(key);
            bool same;
            if (inA && inB)
            {
                same = Compare(a[key], b[key], path.Key(key), lines);
            }
            else
            {
                same = false;
                Report(inA ? a[key] : null, inB ? b[key] : null, path.Key(key), lines, presentA: inA, presentB: inB);
            }

            if (!same)
            {
                equal = false;
                if (lines is null)
                {
                    return false;
                }
            }
        }

        return equal;
    }

    private static bool CompareLists(IEnumerable a, IEnumerable b, FieldPath path, List<string>? lines)
    {
        var la = a.Cast<object?>().ToList();
        var lb = b.Cast<object?>().ToList();
        var equal = la.Count == lb.Count;
        if (!equal && lines is null)
        {
            return false;
        }

        var common = Math.Min(la.Count, lb.Count);
        for (var i = 0; i < common; i++)
        {
            if (!Compare(la[i], lb[i], path.Index(i), lines))
            {
                equal = false;
                if (lines is null)
                {
                    return false;
                }
            }
        }

        for (var i = common; i < la.Count; i++)
        {
            Report(la[i], null, path.Index(i), lines, presentA: true, presentB: false);
        }

        for (var i = common; i < lb.Count; i++)
        {
            Report(null, lb[i], path.Index(i), lines, presentA: false, presentB: true);
        }

        return equal;
    }

    private static void Report(object? a, object? b, FieldPath path, List<string>? lines) =>
        Report(a, b, path, lines, !IsEmpty(a), !IsEmpty(b));

    private static void Report(object? a, object? b, FieldPath path, List<string>? lines, bool presentA, bool presentB)
    {
        if (lines is null)
        {
            return;
        }

        if (presentA)
        {
            lines.Add("- " + path + ": " + ValueJson.Of(a));
        }

        if (presentB)
        {
            lines.Add("+ " + path + ": " + ValueJson.Of(b));
        }
    }

    private static bool IsEmpty(object? value) => value switch
    {
        null => true,
        string => false,
        ICollection c => c.Count == 0,
        ManifestNode or FreeformValue => false,
        IEnumerable e => !e.Cast<object?>().Any(),
        _ => false,
    };

    private static bool IsScalar(object value) =>
        value is string or bool or int or long or double or Quantity or IntOrString or GoDuration or DateTimeOffset || value.GetType().IsEnum;
}
