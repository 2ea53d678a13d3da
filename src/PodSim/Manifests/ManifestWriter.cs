using PodSim.Model;
namespace PodSim.Manifests;

/// <summary>
/// Writes model objects as YAML or JSON with Kubernetes field names and order, leaving out unset fields,
/// so that output can be compared with <c>kubectl get -o yaml</c> and read back by <see cref="ManifestLoader"/>.
/// </summary>
/// <remarks>
/// Writing never fails on a string's content. A lone UTF-16 surrogate (possible only in objects built in code, as the
/// loader refuses one) is written as a <c>\uXXXX</c> escape in a double-quoted YAML scalar and in a JSON string
/// alike; reading such output back is refused at that place.
/// </remarks>
public static class ManifestWriter
{
    /// <summary>Writes one object as a YAML document.</summary>
    /// <param name="value">A model object (any record of <c>PodSim.Model</c>).</param>
    /// <returns>The YAML text.</returns>
    public static string ToYaml(object value) => ToYaml([value]);

    /// <summary>Writes objects as a multi-document YAML stream separated by <c>---</c>.</summary>
    /// <param name="values">The objects.</param>
    /// <returns>The YAML text.</returns>
    public static string ToYaml(IEnumerable<object> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var nodes = new List<ManifestNode>();
        foreach (var value in values)
        {
            nodes.Add(ToNode(value));
        }

        return NodeEmitter.ToYaml(nodes);
    }

    /// <summary>Writes one object as indented JSON (four spaces, as kubectl prints it).</summary>
    /// <param name="value">A model object.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(object value) => NodeEmitter.ToJson(ToNode(value));

    /// <summary>
    /// Turns an object into a free-form value: the object as the writers print it, ready to be placed in a larger
    /// document (a <c>List</c>, a report) that <see cref="ToJson"/> or <see cref="ToYaml(object)"/> then writes.
    /// </summary>
    /// <param name="value">A model object.</param>
    /// <returns>The value.</returns>
    public static FreeformValue ToFreeform(object value) => FreeformNodes.ToValue(ToNode(value), new Dictionary<ManifestNode, FreeformValue>(ReferenceEqualityComparer.Instance));

    /// <summary>Turns an object into a node tree, the form both writers print.</summary>
    /// <param name="value">A model object.</param>
    /// <returns>The node.</returns>
    internal static ManifestNode ToNode(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return ModelWriter.ToNode(value) ?? throw new ArgumentException("nothing to write", nameof(value));
    }
}
