using PodSim.Model;

namespace PodSim.Manifests;

/// <summary>
/// Converts between the reader's syntax tree and the model's <see cref="FreeformValue"/>: the reader keeps the source
/// places (fields are located through <see cref="LoadedObject.Node"/>), the model keeps the content: every key, item,
/// scalar text and scalar kind, so that writing a value back gives what was read.
/// </summary>
internal static class FreeformNodes
{
    private static readonly SourceLocation Nowhere = new("<generated>", 1, 1);

    /// <summary>Converts a node; a node met again through an alias gives the value it gave the first time.</summary>
    /// <param name="node">The node.</param>
    /// <param name="seen">The values already made from nodes of this document, by node identity.</param>
    /// <returns>The value.</returns>
    public static FreeformValue ToValue(ManifestNode node, Dictionary<ManifestNode, FreeformValue> seen)
    {
        if (seen.TryGetValue(node, out var done))
        {
            return done;
        }

        FreeformValue value = node switch
        {
            ManifestScalar s => new FreeformScalar(s.Value, ToKind(s.Kind)),
            ManifestSequence seq => new FreeformSequence(seq.Items.Select(item => ToValue(item, seen))),
            ManifestMapping map => new FreeformMapping(map.Entries.Select(e => KeyValuePair.Create(e.Key.Value, ToValue(e.Value, seen)))),
            _ => throw new InvalidOperationException($"node type {node.GetType()} has no free-form form; this is a bug in PodSim."),
        };
        seen.Add(node, value);
        return value;
    }

    /// <summary>Converts a value back to a node (placed nowhere, as every written node is).</summary>
    /// <param name="value">The value.</param>
    /// <param name="seen">The nodes already made from values of this tree, by value identity.</param>
    /// <returns>The node.</returns>
    public static ManifestNode ToNode(FreeformValue value, Dictionary<FreeformValue, ManifestNode> seen)
    {
        if (seen.TryGetValue(value, out var done))
        {
            return done;
        }

        ManifestNode node = value switch
        {
            FreeformScalar s => new ManifestScalar(s.Text, ToKind(s.Kind), Nowhere),
            FreeformSequence seq => new ManifestSequence([.. seq.Items.Select(item => ToNode(item, seen))], Nowhere),
            FreeformMapping map => new ManifestMapping(
                [.. map.Entries.Select(e => KeyValuePair.Create(new ManifestScalar(e.Key, ScalarKind.String, Nowhere), ToNode(e.Value, seen)))],
                Nowhere),
            _ => throw new InvalidOperationException($"free-form type {value.GetType()} cannot be written; this is a bug in PodSim."),
        };
        seen.Add(value, node);
        return node;
    }

    private static FreeformScalarKind ToKind(ScalarKind kind) => kind switch
    {
        ScalarKind.Integer => FreeformScalarKind.Integer,
        ScalarKind.Float => FreeformScalarKind.Float,
        ScalarKind.Boolean => FreeformScalarKind.Boolean,
        ScalarKind.Null => FreeformScalarKind.Null,
        _ => FreeformScalarKind.String,
    };

    private static ScalarKind ToKind(FreeformScalarKind kind) => kind switch
    {
        FreeformScalarKind.Integer => ScalarKind.Integer,
        FreeformScalarKind.Float => ScalarKind.Float,
        FreeformScalarKind.Boolean => ScalarKind.Boolean,
        FreeformScalarKind.Null => ScalarKind.Null,
        _ => ScalarKind.String,
    };
}
