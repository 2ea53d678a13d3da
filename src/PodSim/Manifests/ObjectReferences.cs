namespace PodSim.Manifests;

/// <summary>Formats object references the way kubectl prints them in messages.</summary>
internal static class ObjectReferences
{
    /// <summary>Formats <c>Kind/name</c>; a missing part is shown as <c>&lt;unknown&gt;</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="name">The name.</param>
    /// <returns>The reference.</returns>
    public static string Format(string? kind, string? name) =>
        (string.IsNullOrEmpty(kind) ? "<unknown>" : kind) + "/" + (string.IsNullOrEmpty(name) ? "<unnamed>" : name);
}
