namespace PodSim.Model;

/// <summary>One source of a projected volume; exactly one member is expected to be set.</summary>
public sealed record VolumeProjection
{
    /// <summary>Gets the secret projected.</summary>
    public SecretProjection? Secret { get; init; }

    /// <summary>Gets the pod information projected.</summary>
    public DownwardAPIProjection? DownwardAPI { get; init; }

    /// <summary>Gets the config map projected.</summary>
    public ConfigMapProjection? ConfigMap { get; init; }

    /// <summary>Gets the service account token projected.</summary>
    public ServiceAccountTokenProjection? ServiceAccountToken { get; init; }

    /// <summary>Gets the cluster trust bundle projection, kept as written: PodSim does not simulate it.</summary>
    public FreeformValue? ClusterTrustBundle { get; init; }

    /// <summary>Gets the pod certificate projection, kept as written: PodSim does not simulate it.</summary>
    public FreeformValue? PodCertificate { get; init; }
}
