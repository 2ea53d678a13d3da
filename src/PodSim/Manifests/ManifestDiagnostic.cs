using System.Text;

namespace PodSim.Manifests;

/// <summary>
/// A problem found while loading a manifest, naming the file, line and column, the object and the field path,
/// for example <c>pod.yaml:12:9: Pod/web: spec.containers[0].imagePullPolicyy: unknown field</c>.
/// </summary>
/// <param name="Severity">Whether this is an error or a warning.</param>
/// <param name="Message">What is wrong, in one line.</param>
/// <param name="Location">Where in the source, when known.</param>
/// <param name="ObjectReference">The object as <c>Kind/name</c>, when known.</param>
/// <param name="FieldPath">The Kubernetes field path, when the problem is in one field.</param>
public sealed record ManifestDiagnostic(
    DiagnosticSeverity Severity,
    string Message,
    SourceLocation? Location = null,
    string? ObjectReference = null,
    string? FieldPath = null)
{
    /// <summary>Formats the diagnostic as <c>file:line:column: Kind/name: field.path: message</c>, leaving out unknown parts.</summary>
    /// <returns>The formatted diagnostic.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder();
        if (Location is { } location)
        {
            sb.Append(location.ToString()).Append(": ");
        }

        if (ObjectReference is not null)
        {
            sb.Append(ObjectReference).Append(": ");
        }

        if (FieldPath is not null)
        {
            sb.Append(FieldPath).Append(": ");
        }

        return sb.Append(Message).ToString();
    }
}
