namespace PodSim.Model;

/// <summary>
/// The common shape of every top-level Kubernetes object: <c>apiVersion</c>, <c>kind</c> and <c>metadata</c>.
/// </summary>
public abstract record KubeObject
{
    /// <summary>Gets the API group and version, for example <c>v1</c> or <c>apps/v1</c>.</summary>
    public string? ApiVersion { get; init; }

    /// <summary>Gets the kind, for example <c>Pod</c>.</summary>
    public string? Kind { get; init; }

    /// <summary>Gets the object's metadata.</summary>
    public ObjectMeta Metadata { get; init; } = new();
}
