using PodSim.Manifests;

namespace PodSim.Cli.Output;

/// <summary>Writes objects as the <c>v1</c> <c>List</c> that <c>kubectl get -o json|yaml</c> prints.</summary>
internal static class KubeList
{
    private static readonly SourceLocation Generated = new("<generated>", 1, 1);

    /// <summary>Writes the list as JSON indented by four spaces, as kubectl prints it.</summary>
    /// <param name="items">The objects.</param>
    /// <returns>The JSON text, ending in a newline.</returns>
    public static string ToJson(IEnumerable<object> items) => ManifestWriter.ToJson(ToNode(items)) + "\n";

    /// <summary>Writes the list as YAML, as kubectl prints it.</summary>
    /// <param name="items">The objects.</param>
    /// <returns>The YAML text.</returns>
    public static string ToYaml(IEnumerable<object> items) => ManifestWriter.ToYaml(ToNode(items));

    /// <summary>Writes objects as a JSON array (four-space indent).</summary>
    /// <param name="items">The objects.</param>
    /// <returns>The JSON text, ending in a newline.</returns>
    public static string ToJsonArray(IEnumerable<object> items) => ManifestWriter.ToJson(Sequence(items)) + "\n";

    private static ManifestMapping ToNode(IEnumerable<object> items)
    {
        var metadata = new ManifestMapping([Entry("resourceVersion", Text(string.Empty))], Generated);
        return new ManifestMapping(
            [
                Entry("apiVersion", Text("v1")),
                Entry("items", Sequence(items)),
                Entry("kind", Text("List")),
                Entry("metadata", metadata),
            ],
            Generated);
    }

    private static ManifestSequence Sequence(IEnumerable<object> items)
    {
        var nodes = new List<ManifestNode>();
        foreach (var item in items)
        {
            nodes.Add(ManifestWriter.ToNode(item));
        }

        return new ManifestSequence(nodes, Generated);
    }

    private static KeyValuePair<ManifestScalar, ManifestNode> Entry(string key, ManifestNode value) => new(Text(key), value);

    private static ManifestScalar Text(string value) => new(value, ScalarKind.String, Generated);
}
