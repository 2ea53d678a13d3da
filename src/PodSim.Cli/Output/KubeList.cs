using PodSim.Manifests;
using PodSim.Model;

namespace PodSim.Cli.Output;

/// <summary>Writes objects as the <c>v1</c> <c>List</c> that <c>kubectl get -o json|yaml</c> prints.</summary>
internal static class KubeList
{
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

    private static FreeformMapping ToNode(IEnumerable<object> items)
    {
        var metadata = new FreeformMapping([Entry("resourceVersion", Text(string.Empty))]);
        return new FreeformMapping(
            [
                Entry("apiVersion", Text("v1")),
                Entry("items", Sequence(items)),
                Entry("kind", Text("List")),
                Entry("metadata", metadata),
            ]);
    }

    private static FreeformSequence Sequence(IEnumerable<object> items)
    {
        var nodes = new List<FreeformValue>();
        foreach (var item in items)
        {
            nodes.Add(ManifestWriter.ToFreeform(item));
        }

        return new FreeformSequence(nodes);
    }

    private static KeyValuePair<string, FreeformValue> Entry(string key, FreeformValue value) => new(key, value);

    private static FreeformScalar Text(string value) => new(value, FreeformScalarKind.String);
}
