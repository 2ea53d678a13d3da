namespace PodSim.Model;

/// <summary>A Kubernetes ConfigMap (core/v1): non-secret configuration data.</summary>
public sealed record ConfigMap : KubeObject
{
    /// <summary>Gets a value indicating whether the data can no longer be changed.</summary>
    public bool? Immutable { get; init; }

    /// <summary>Gets the UTF-8 text entries.</summary>
    public IReadOnlyDictionary<string, string> Data { get; init; } = EmptyMap.Strings;

    /// <summary>Gets the binary entries as base64 text.</summary>
    public IReadOnlyDictionary<string, string> BinaryData { get; init; } = EmptyMap.Strings;
}
