namespace PodSim.Model;

/// <summary>A named volume of a pod; exactly one source is expected to be set.</summary>
public sealed record Volume
{
    /// <summary>Gets the volume's name, unique within the pod.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the node file or directory exposed to the pod.</summary>
    public HostPathVolumeSource? HostPath { get; init; }

    /// <summary>Gets the scratch directory that lives as long as the pod.</summary>
    public EmptyDirVolumeSource? EmptyDir { get; init; }

    /// <summary>Gets the gcePersistentDisk volume source, kept as written: PodSim does not simulate it.</summary>
    public FreeformValue? GcePersistentDisk { get; init; }

    /// <summary>Gets the awsElasticBlockStore volume source, kept as written: PodSim does not simulate it.</summary>
    public FreeformValue? AwsElasticBlockStore { get; init; }

    /// <summary>Gets the gitRepo volume source, kept as written: PodSim does not simulate it.</summary>
    public FreeformValue? GitRepo { get; init; }

    /// <summary>Gets the secret whose keys become files.</summary>
    public SecretVolumeSource? Secret { get; init; }

    /// <summary>Gets the NFS share mounted.</summary>
    public NfsVolumeSource? Nfs { get; init; }

    /// <summary>Gets the iscsi volume source, kept as written: PodSim does not simulate it.</summary>
    public FreeformValue? Iscsi { get; init; }

    /// <summary>Gets the glusterfs volume source, kept as written: PodSim does not simulate it.</summary>
    public FreeformValue? Glusterfs { get; init; }

    /// <summary>Gets the persistent volume claim mounted.</summary>
    public PersistentVolumeClaimVolumeSource? PersistentVolumeClaim { get; init; }

    /// <summary>Gets the rbd volume source, kept as written: PodSim does not simulate it.</summary>
    public FreeformValue? Rbd { get; init; }

    /// <summary>Gets the flexVolume volume source, kept as written: PodSim does not simulate it.</summary>
    public FreeformValue? FlexVolume { get; init; }

    /// <summary>Gets the cinder volume source, kept as written: PodSim does not simulate it.</summary>
    public FreeformValue? Cinder { get; init; }

    /// <summary>Gets the cephfs volume source, kept as written: PodSim does not simulate it.</summary>
    public FreeformValue? Cephfs { get; init; }

    /// <summary>Gets the flocker volume source, kept as written: PodSim does not simulate it.</summary>
    public FreeformValue? Flocker { get; init; }

    /// <summary>Gets the pod information written to files.</summary>
    public DownwardAPIVolumeSource? DownwardAPI { get; init; }

    /// <summary>Gets the fc volume source, kept as written: PodSim does not simulate it.</summary>
    public FreeformValue? Fc { get; init; }

    /// <summary>Gets the azureFile volume source, kept as written: PodSim does not simulate it.</summary>
    public FreeformValue? AzureFile { get; init; }

    /// <summary>Gets the config map whose keys become files.</summary>
    public ConfigMapVolumeSource? ConfigMap { get; init; }

    /// <summary>Gets the vsphereVolume volume source, kept as written: PodSim does not simulate it.</summary>
    public FreeformValue? VsphereVolume { get; init; }

    /// <summary>Gets the quobyte volume source, kept as written: PodSim does not simulate it.</summary>
    public FreeformValue? Quobyte { get; init; }

    /// <summary>Gets the azureDisk volume source, kept as written: PodSim does not simulate it.</summary>
    public FreeformValue? AzureDisk { get; init; }

    /// <summary>Gets the photonPersistentDisk volume source, kept as written: PodSim does not simulate it.</summary>
    public FreeformValue? PhotonPersistentDisk { get; init; }

    /// <summary>Gets several sources combined into one directory.</summary>
    public ProjectedVolumeSource? Projected { get; init; }

    /// <summary>Gets the portworxVolume volume source, kept as written: PodSim does not simulate it.</summary>
    public FreeformValue? PortworxVolume { get; init; }

    /// <summary>Gets the scaleIO volume source, kept as written: PodSim does not simulate it.</summary>
    public FreeformValue? ScaleIO { get; init; }

    /// <summary>Gets the storageos volume source, kept as written: PodSim does not simulate it.</summary>
    public FreeformValue? Storageos { get; init; }

    /// <summary>Gets the inline volume provided by a CSI driver.</summary>
    public CsiVolumeSource? Csi { get; init; }

    /// <summary>Gets the ephemeral volume source, kept as written: PodSim does not simulate it.</summary>
    public FreeformValue? Ephemeral { get; init; }

    /// <summary>Gets the OCI image or artifact mounted read-only.</summary>
    public ImageVolumeSource? Image { get; init; }
}
