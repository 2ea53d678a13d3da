using PodSim.Model;

namespace PodSim.Printing;

/// <summary>
/// The <c>Volumes:</c> section of <c>kubectl describe pod</c> (<c>describeVolumes</c>). Sources PodSim keeps only as
/// raw manifest nodes (the legacy in-tree plugins and ephemeral volumes) print their <c>Type:</c> line alone.
/// </summary>
internal static class VolumeDescription
{
    public static void Write(DescribeWriter w, IReadOnlyList<Volume> volumes)
    {
        if (volumes.Count == 0)
        {
            w.Write(0, "Volumes:\t<none>\n");
            return;
        }

        w.Write(0, "Volumes:\n");
        foreach (var volume in volumes)
        {
            w.Write(1, volume.Name + ":\n");
            WriteSource(w, volume);
        }
    }

    private static void WriteSource(DescribeWriter w, Volume v)
    {
        // Same precedence as upstream's switch.
        if (v.HostPath is { } hostPath)
        {
            Lines(w, "HostPath (bare host directory volume)", ("Path", hostPath.Path), ("HostPathType", hostPath.Type ?? "<none>"));
        }
        else if (v.EmptyDir is { } emptyDir)
        {
            var size = emptyDir.SizeLimit is { Sign: > 0 } limit ? limit.ToString() : "<unset>";
            Lines(w, "EmptyDir (a temporary directory that shares a pod's lifetime)", ("Medium", emptyDir.Medium), ("SizeLimit", size));
        }
        else if (v.GcePersistentDisk is not null)
        {
            Lines(w, "GCEPersistentDisk (a Persistent Disk resource in Google Compute Engine)");
        }
        else if (v.AwsElasticBlockStore is not null)
        {
            Lines(w, "AWSElasticBlockStore (a Persistent Disk resource in AWS)");
        }
        else if (v.GitRepo is not null)
        {
            Lines(w, "GitRepo (a volume that is pulled from git when the pod is created)");
        }
        else if (v.Secret is { } secret)
        {
            Lines(w, "Secret (a volume populated by a Secret)", ("SecretName", secret.SecretName), ("Optional", DescribeFormat.GoBool(secret.Optional)));
        }
        else if (v.ConfigMap is { } configMap)
        {
            Lines(w, "ConfigMap (a volume populated by a ConfigMap)", ("Name", configMap.Name), ("Optional", DescribeFormat.GoBool(configMap.Optional)));
        }
        else if (v.Nfs is { } nfs)
        {
            Lines(w, "NFS (an NFS mount that lasts the lifetime of a pod)", ("Server", nfs.Server), ("Path", nfs.Path), ("ReadOnly", DescribeFormat.GoBool(nfs.ReadOnly)));
        }
        else if (v.Iscsi is not null)
        {
            Lines(w, "ISCSI (an ISCSI Disk resource that is attached to a kubelet's host machine and then exposed to the pod)");
        }
        else if (v.Glusterfs is not null)
        {
            Lines(w, "Glusterfs (a Glusterfs mount on the host that shares a pod's lifetime)");
        }
        else if (v.PersistentVolumeClaim is { } claim)
        {
            Lines(w, "PersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)", ("ClaimName", claim.ClaimName), ("ReadOnly", DescribeFormat.GoBool(claim.ReadOnly)));
        }
        else if (v.Ephemeral is not null)
        {
            Lines(w, "EphemeralVolume (an inline specification for a volume that gets created and deleted with the pod)");
        }
        else if (v.Rbd is not null)
        {
            Lines(w, "RBD (a Rados Block Device mount on the host that shares a pod's lifetime)");
        }
        else if (v.Quobyte is not null)
        {
            Lines(w, "Quobyte (a Quobyte mount on the host that shares a pod's lifetime)");
        }
        else if (v.DownwardAPI is { } downward)
        {
            w.Write(2, "Type:\tDownwardAPI (a volume populated by information about the pod)\n");
            w.Write(2, "Items:\n");
            foreach (var item in downward.Items)
            {
                if (item.FieldRef is { } field)
                {
                    w.Write(3, field.FieldPath + " -> " + item.Path + "\n");
                }

                if (item.ResourceFieldRef is { } resource)
                {
                    w.Write(3, resource.Resource + " -> " + item.Path + "\n");
                }
            }
        }
        else if (v.AzureDisk is not null)
        {
            Lines(w, "AzureDisk (an Azure Data Disk mount on the host and bind mount to the pod)");
        }
        else if (v.VsphereVolume is not null)
        {
            Lines(w, "vSphereVolume (a Persistent Disk resource in vSphere)");
        }
        else if (v.Cinder is not null)
        {
            Lines(w, "Cinder (a Persistent Disk resource in OpenStack)");
        }
        else if (v.PhotonPersistentDisk is not null)
        {
            Lines(w, "PhotonPersistentDisk (a Persistent Disk resource in photon platform)");
        }
        else if (v.PortworxVolume is not null)
        {
            Lines(w, "PortworxVolume (a Portworx Volume resource)");
        }
        else if (v.ScaleIO is not null)
        {
            Lines(w, "ScaleIO (a persistent volume backed by a block device in ScaleIO)");
        }
        else if (v.Cephfs is not null)
        {
            Lines(w, "CephFS (a CephFS mount on the host that shares a pod's lifetime)");
        }
        else if (v.Storageos is not null)
        {
            Lines(w, "StorageOS (a StorageOS Persistent Disk resource)");
        }
        else if (v.Fc is not null)
        {
            Lines(w, "FC (a Fibre Channel disk)");
        }
        else if (v.AzureFile is not null)
        {
            Lines(w, "AzureFile (an Azure File Service mount on the host and bind mount to the pod)");
        }
        else if (v.FlexVolume is not null)
        {
            Lines(w, "FlexVolume (a generic volume resource that is provisioned/attached using an exec based plugin)");
        }
        else if (v.Flocker is not null)
        {
            Lines(w, "Flocker (a Flocker volume mounted by the Flocker agent)");
        }
        else if (v.Projected is { } projected)
        {
            WriteProjected(w, projected);
        }
        else if (v.Csi is { } csi)
        {
            WriteCsi(w, csi);
        }
        else if (v.Image is { } image)
        {
            Lines(w, "Image (a container image or OCI artifact)", ("Reference", image.Reference), ("PullPolicy", image.PullPolicy));
        }
        else
        {
            w.Write(1, "<unknown>\n");
        }
    }

    private static void WriteProjected(DescribeWriter w, ProjectedVolumeSource projected)
    {
        w.Write(2, "Type:\tProjected (a volume that contains injected data from multiple sources)\n");
        foreach (var source in projected.Sources)
        {
            if (source.Secret is { } secret)
            {
                w.Write(2, "SecretName:\t" + secret.Name + "\n");
                w.Write(2, "Optional:\t" + DescribeFormat.GoBool(secret.Optional) + "\n");
            }
            else if (source.DownwardAPI is not null)
            {
                w.Write(2, "DownwardAPI:\ttrue\n");
            }
            else if (source.ConfigMap is { } configMap)
            {
                w.Write(2, "ConfigMapName:\t" + configMap.Name + "\n");
                w.Write(2, "Optional:\t" + DescribeFormat.GoBool(configMap.Optional) + "\n");
            }
            else if (source.ServiceAccountToken is { } token)
            {
                w.Write(2, "TokenExpirationSeconds:\t" + DescribeFormat.Int(token.ExpirationSeconds ?? 0) + "\n");
            }
        }
    }

    private static void WriteCsi(DescribeWriter w, CsiVolumeSource csi)
    {
        Lines(w, "CSI (a Container Storage Interface (CSI) volume source)", ("Driver", csi.Driver), ("FSType", csi.FsType), ("ReadOnly", DescribeFormat.GoBool(csi.ReadOnly)));
        const int maxLength = 140;
        w.Write(2, "VolumeAttributes:\t");
        if (csi.VolumeAttributes.Count == 0)
        {
            w.WriteLine("<none>");
            return;
        }

        var first = true;
        foreach (var key in DescribeFormat.SortedKeys(csi.VolumeAttributes))
        {
            if (!first)
            {
                // Upstream indents continuation lines twice (level prefix before the tab as well).
                w.Write(2, string.Empty);
                w.Write(2, "\t");
            }

            first = false;
            var line = key + "=" + csi.VolumeAttributes[key];
            w.Write(2, (line.Length > maxLength ? line[..maxLength] + "..." : line) + "\n");
        }
    }

    private static void Lines(DescribeWriter w, string type, params (string Name, string? Value)[] fields)
    {
        w.Write(2, "Type:\t" + type + "\n");
        foreach (var (name, value) in fields)
        {
            w.Write(2, name + ":\t" + value + "\n");
        }
    }
}
