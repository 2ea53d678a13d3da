namespace PodSim.Configuration;

/// <summary>One variable of a container's effective environment.</summary>
/// <param name="Name">The variable name.</param>
/// <param name="Value">The value the process sees.</param>
/// <param name="Source">Where the value came from.</param>
/// <param name="Origin">
/// A short description of the source, such as <c>configMap default/cm key k</c>, <c>fieldRef metadata.name</c> or
/// <c>service default/kubernetes</c>.
/// </param>
public sealed record EnvironmentVariable(string Name, string Value, EnvironmentSourceKind Source, string Origin);
