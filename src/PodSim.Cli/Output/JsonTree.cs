using System.Globalization;
using PodSim.Manifests;

namespace PodSim.Cli.Output;

/// <summary>
/// Builds JSON documents as manifest node trees, so they print through the library's JSON writer with kubectl's
/// layout (four-space indent, keys in the order given).
/// </summary>
internal static class JsonTree
{
    private static readonly SourceLocation Generated = new("<generated>", 1, 1);

    /// <summary>Gets the JSON <c>null</c>.</summary>
    public static ManifestNode Null { get; } = new ManifestScalar("null", ScalarKind.Null, Generated);

    /// <summary>An object with its members in the order given.</summary>
    /// <param name="members">The members.</param>
    /// <returns>The node.</returns>
    public static ManifestMapping Object(IEnumerable<(string Name, ManifestNode Value)> members)
    {
        var entries = new List<KeyValuePair<ManifestScalar, ManifestNode>>();
        foreach (var (name, value) in members)
        {
            entries.Add(new(new ManifestScalar(name, ScalarKind.String, Generated), value));
        }

        return new ManifestMapping(entries, Generated);
    }

    /// <summary>An array.</summary>
    /// <param name="items">The items.</param>
    /// <returns>The node.</returns>
    public static ManifestSequence Array(IEnumerable<ManifestNode> items) => new([.. items], Generated);

    /// <summary>An array of strings.</summary>
    /// <param name="items">The strings.</param>
    /// <returns>The node.</returns>
    public static ManifestSequence Strings(IEnumerable<string> items)
    {
        var nodes = new List<ManifestNode>();
        foreach (var item in items)
        {
            nodes.Add(String(item));
        }

        return new ManifestSequence(nodes, Generated);
    }

    /// <summary>A string, or <c>null</c>.</summary>
    /// <param name="value">The string.</param>
    /// <returns>The node.</returns>
    public static ManifestNode String(string? value) => value is null ? Null : new ManifestScalar(value, ScalarKind.String, Generated);

    /// <summary>A whole number, or <c>null</c>.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The node.</returns>
    public static ManifestNode Number(long? value) =>
        value is { } n ? new ManifestScalar(n.ToString(CultureInfo.InvariantCulture), ScalarKind.Integer, Generated) : Null;

    /// <summary>A boolean.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The node.</returns>
    public static ManifestNode Bool(bool value) => new ManifestScalar(value ? "true" : "false", ScalarKind.Boolean, Generated);

    /// <summary>Writes a document as indented JSON ending in a newline.</summary>
    /// <param name="root">The document.</param>
    /// <returns>The text.</returns>
    public static string Write(ManifestNode root) => ManifestWriter.ToJson(root) + "\n";
}
