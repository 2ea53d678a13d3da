namespace PodSim.Model;

/// <summary>
/// A Kubernetes ServiceAccount (core/v1): the identity a pod's processes use. The ServiceAccount admission plugin
/// reads it when a pod naming it is created (<c>automountServiceAccountToken</c>, <c>imagePullSecrets</c>).
/// </summary>
public sealed record ServiceAccount : KubeObject
{
    /// <summary>Gets the legacy token secrets of the account, kept as written: PodSim mounts bound tokens only.</summary>
    public IReadOnlyList<ObjectReference> Secrets { get; init; } = [];

    /// <summary>Gets the image pull secrets copied to pods of this account that name none themselves.</summary>
    public IReadOnlyList<LocalObjectReference> ImagePullSecrets { get; init; } = [];

    /// <summary>
    /// Gets a value indicating whether pods of this account get the API token volume; a pod's own
    /// <c>automountServiceAccountToken</c> overrides it.
    /// </summary>
    public bool? AutomountServiceAccountToken { get; init; }
}
