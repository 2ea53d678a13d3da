using System.Globalization;
using PodSim.Manifests;
using PodSim.Model;

namespace PodSim.Cli.Output;

/// <summary>
/// Builds JSON documents as free-form value trees, so they print through the library's JSON writer with kubectl's
/// layout (four-space indent, keys in the order given).
/// </summary>
internal static class JsonTree
{
    /// <summary>Gets the JSON <c>null</c>.</summary>
    public static FreeformValue Null { get; } = new FreeformScalar("null", FreeformScalarKind.Null);

    /// <summary>An object with its members in the order given.</summary>
    /// <param name="members">The members.</param>
    /// <returns>The node.</returns>
    public static FreeformMapping Object(IEnumerable<(string Name, FreeformValue Value)> members)
    {
        var entries = new List<KeyValuePair<string, FreeformValue>>();
        foreach (var (name, value) in members)
        {
            entries.Add(new(name, value));
        }

        return new FreeformMapping(entries);
    }

    /// <summary>An array.</summary>
    /// <param name="items">The items.</param>
    /// <returns>The node.</returns>
    public static FreeformSequence Array(IEnumerable<FreeformValue> items) => new(items);

    /// <summary>An array of strings.</summary>
    /// <param name="items">The strings.</param>
    /// <returns>The node.</returns>
    public static FreeformSequence Strings(IEnumerable<string> items)
    {
        var nodes = new List<FreeformValue>();
        foreach (var item in items)
        {
            nodes.Add(String(item));
        }

        return new FreeformSequence(nodes);
    }

    /// <summary>A string, or <c>null</c>.</summary>
    /// <param name="value">The string.</param>
    /// <returns>The node.</returns>
    public static FreeformValue String(string? value) => value is null ? Null : new FreeformScalar(value, FreeformScalarKind.String);

    /// <summary>A whole number, or <c>null</c>.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The node.</returns>
    public static FreeformValue Number(long? value) =>
        value is { } n ? new FreeformScalar(n.ToString(CultureInfo.InvariantCulture), FreeformScalarKind.Integer) : Null;

    /// <summary>A boolean.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The node.</returns>
    public static FreeformValue Bool(bool value) => new FreeformScalar(value ? "true" : "false", FreeformScalarKind.Boolean);

    /// <summary>Writes a document as indented JSON ending in a newline.</summary>
    /// <param name="root">The document.</param>
    /// <returns>The text.</returns>
    public static string Write(FreeformValue root) => ManifestWriter.ToJson(root) + "\n";
}
