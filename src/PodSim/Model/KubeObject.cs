namespace PodSim.Model;

/// <summary>
/// The common shape of every top-level Kubernetes object: <c>apiVersion</c>, <c>kind</c> and <c>metadata</c>.
/// </summary>
public abstract record KubeObject
{
    /// <summary>
    /// Initializes a new instance of the <see cref="KubeObject"/> class with the <c>apiVersion</c> and <c>kind</c> of
    /// its type (<see cref="ApiResources"/>), so that an object built in C# names itself as one read from a manifest.
    /// </summary>
    protected KubeObject()
    {
        var resource = ApiResources.ForType(GetType());
        ApiVersion = resource?.ApiVersion;
        Kind = resource?.Kind;
    }

    /// <summary>Gets the API group and version, for example <c>v1</c> or <c>apps/v1</c>.</summary>
    public string? ApiVersion { get; init; }

    /// <summary>Gets the kind, for example <c>Pod</c>.</summary>
    public string? Kind { get; init; }

    /// <summary>Gets the object's metadata.</summary>
    public ObjectMeta Metadata { get; init; } = new();
}
