namespace PodSim.Model;

/// <summary>A Kubernetes Secret (core/v1): confidential data such as passwords or keys.</summary>
public sealed record Secret : KubeObject
{
    /// <summary>Gets a value indicating whether the data can no longer be changed.</summary>
    public bool? Immutable { get; init; }

    /// <summary>Gets the entries as base64 text.</summary>
    public IReadOnlyDictionary<string, string> Data { get; init; } = EmptyMap.Strings;

    /// <summary>Gets plain-text entries merged into the data on write.</summary>
    public IReadOnlyDictionary<string, string> StringData { get; init; } = EmptyMap.Strings;

    /// <summary>Gets the secret's type, such as Opaque.</summary>
    public string? Type { get; init; }
}
