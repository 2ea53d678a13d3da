namespace PodSim.Model;

/// <summary>
/// One kind the simulated API server serves, as <c>kubectl api-resources</c> lists it: group and version, kind,
/// plural resource name, short names and whether its objects live in a namespace.
/// </summary>
/// <param name="Group">The API group; empty for the core group.</param>
/// <param name="Version">The version, such as <c>v1</c>.</param>
/// <param name="Kind">The kind, such as <c>Deployment</c>.</param>
/// <param name="Plural">The resource name in URLs and messages, such as <c>deployments</c>.</param>
/// <param name="Namespaced">Whether objects of the kind live in a namespace.</param>
/// <param name="ModelType">The model record that holds the kind's objects.</param>
/// <param name="ShortNames">kubectl's short names, such as <c>deploy</c>.</param>
public sealed record ApiResource(string Group, string Version, string Kind, string Plural, bool Namespaced, Type ModelType, IReadOnlyList<string> ShortNames)
{
    /// <summary>Gets the <c>apiVersion</c> objects of the kind carry: <c>v1</c> or <c>group/version</c>.</summary>
    public string ApiVersion => Group.Length == 0 ? Version : Group + "/" + Version;
}
