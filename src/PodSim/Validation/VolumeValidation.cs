using PodSim.Model;

namespace PodSim.Validation;

/// <summary>Volume, volume mount and volume device checks (<c>ValidateVolumes</c>, <c>ValidateVolumeMounts</c>, ...).</summary>
internal static class VolumeValidation
{
    private const string FileModeErrorMsg = "must be a number between 0 and 0777 (octal), both inclusive";
    private const string MoreThanOne = "may not specify more than 1 volume type";

    private static readonly string[] SupportedHostPathTypes =
    [
        HostPathTypes.Unset, HostPathTypes.BlockDevice, HostPathTypes.CharDevice, HostPathTypes.Directory,
        HostPathTypes.DirectoryOrCreate, HostPathTypes.File, HostPathTypes.FileOrCreate, HostPathTypes.Socket,
    ];

    private static readonly string[] EnvFieldPaths =
    [
        "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName",
        "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs",
    ];

    private static readonly string[] ConvertibleFieldPaths =
    [
        "metadata.annotations", "metadata.labels", "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName",
        "spec.restartPolicy", "spec.serviceAccountName", "spec.schedulerName", "status.phase", "status.hostIP", "status.hostIPs",
        "status.podIP", "status.podIPs",
    ];

    private static readonly string[] VolumeFieldPaths = ["metadata.annotations", "metadata.labels", "metadata.name", "metadata.namespace", "metadata.uid"];

    /// <summary>Validates the pod's volumes and returns the valid ones by name, as upstream does.</summary>
    public static List<FieldError> ValidateVolumes(IReadOnlyList<Volume> volumes, FieldPath path, out Dictionary<string, Volume> valid)
    {
        var errs = new List<FieldError>();
        valid = new Dictionary<string, Volume>(StringComparer.Ordinal);
        for (var i = 0; i < volumes.Count; i++)
        {
            var vol = volumes[i];
            var idx = path.Index(i);
            var namePath = idx.Child("name");
            var el = ValidateVolumeSource(vol, idx);
            var name = vol.Name ?? string.Empty;
            if (name.Length == 0)
            {
                el.Add(FieldError.Required(namePath));
            }
            else
            {
                AddInvalid(el, namePath, name, NameValidation.IsDns1123Label(name));
            }

            if (valid.ContainsKey(name))
            {
                el.Add(FieldError.Duplicate(namePath, name));
            }

            if (el.Count == 0)
            {
                valid[name] = vol;
            }
            else
            {
                errs.AddRange(el);
            }
        }

        return errs;
    }

    public static List<FieldError> ValidateVolumeMounts(Container ctr, IReadOnlyDictionary<string, Volume> volumes, FieldPath path)
    {
        var errs = new List<FieldError>();
        var devices = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in ctr.VolumeDevices)
        {
            devices[d.Name ?? string.Empty] = d.DevicePath ?? string.Empty;
        }

        var mountPoints = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ctr.VolumeMounts.Count; i++)
        {
            var mnt = ctr.VolumeMounts[i];
            var idx = path.Index(i);
            var name = mnt.Name ?? string.Empty;
            var mountPath = mnt.MountPath ?? string.Empty;
            if (name.Length == 0)
            {
                errs.Add(FieldError.Required(idx.Child("name")));
            }

            if (!volumes.ContainsKey(name))
            {
                errs.Add(FieldError.NotFound(idx.Child("name"), name));
            }

            if (mountPath.Length == 0)
            {
                errs.Add(FieldError.Required(idx.Child("mountPath")));
            }

            if (!mountPoints.Add(mountPath))
            {
                errs.Add(FieldError.Invalid(idx.Child("mountPath"), mountPath, "must be unique"));
            }

            if (devices.ContainsKey(name))
            {
                errs.Add(FieldError.Invalid(idx.Child("name"), name, "must not already exist in volumeDevices"));
            }

            if (devices.ContainsValue(mountPath))
            {
                errs.Add(FieldError.Invalid(idx.Child("mountPath"), mountPath, "must not already exist as a path in volumeDevices"));
            }

            var subPath = mnt.SubPath ?? string.Empty;
            var subPathExpr = mnt.SubPathExpr ?? string.Empty;
            if (volumes.TryGetValue(name, out var v) && v.Image is not null)
            {
                if (subPath.Length != 0)
                {
                    errs.Add(FieldError.Invalid(idx.Child("subPath"), subPath, "not allowed in image volume sources"));
                }

                if (subPathExpr.Length != 0)
                {
                    errs.Add(FieldError.Invalid(idx.Child("subPathExpr"), subPathExpr, "not allowed in image volume sources"));
                }
            }

            // Upstream quirk: these two paths have no index.
            if (subPath.Length > 0)
            {
                errs.AddRange(ValidateLocalDescendingPath(subPath, path.Child("subPath")));
            }

            if (subPathExpr.Length > 0)
            {
                if (subPath.Length > 0)
                {
                    errs.Add(FieldError.Invalid(idx.Child("subPathExpr"), subPathExpr, "subPathExpr and subPath are mutually exclusive"));
                }

                errs.AddRange(ValidateLocalDescendingPath(subPathExpr, path.Child("subPathExpr")));
            }

            if (mnt.MountPropagation is { } prop)
            {
                var propPath = path.Child("mountPropagation");
                if (prop is not ("Bidirectional" or "HostToContainer" or "None"))
                {
                    errs.Add(FieldError.NotSupported(propPath, prop, "Bidirectional", "HostToContainer", "None"));
                }

                if (prop == "Bidirectional" && ctr.SecurityContext?.Privileged != true)
                {
                    errs.Add(FieldError.Forbidden(propPath, "Bidirectional mount propagation is available only to privileged containers"));
                }
            }

            if (mnt.RecursiveReadOnly is { } rro)
            {
                var rroPath = path.Child("recursiveReadOnly");
                switch (rro)
                {
                    case "Disabled":
                        break;
                    case "Enabled" or "IfPossible":
                        if (mnt.ReadOnly != true)
                        {
                            errs.Add(FieldError.Forbidden(rroPath, "may only be specified when readOnly is true"));
                        }

                        if (mnt.MountPropagation is { } mp && mp != "None")
                        {
                            errs.Add(FieldError.Forbidden(rroPath, "may only be specified when mountPropagation is None or not specified"));
                        }

                        break;
                    default:
                        errs.Add(FieldError.NotSupported(rroPath, rro, "Disabled", "Enabled", "IfPossible"));
                        break;
                }
            }
        }

        return errs;
    }

    public static List<FieldError> ValidateVolumeDevices(Container ctr, IReadOnlyDictionary<string, Volume> volumes, FieldPath path)
    {
        var errs = new List<FieldError>();
        var mounts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in ctr.VolumeMounts)
        {
            mounts[m.Name ?? string.Empty] = m.MountPath ?? string.Empty;
        }

        var devicePaths = new HashSet<string>(StringComparer.Ordinal);
        var deviceNames = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ctr.VolumeDevices.Count; i++)
        {
            var dev = ctr.VolumeDevices[i];
            var idx = path.Index(i);
            var name = dev.Name ?? string.Empty;
            var devPath = dev.DevicePath ?? string.Empty;
            var matched = volumes.TryGetValue(name, out var vol);
            var isPvc = matched && (vol!.PersistentVolumeClaim is not null || vol.Ephemeral is not null);
            if (name.Length == 0)
            {
                errs.Add(FieldError.Required(idx.Child("name")));
            }

            if (deviceNames.Contains(name))
            {
                errs.Add(FieldError.Invalid(idx.Child("name"), name, "must be unique"));
            }

            if (matched && !isPvc)
            {
                errs.Add(FieldError.Invalid(idx.Child("name"), name, "can only use volume source type of PersistentVolumeClaim or Ephemeral for block mode"));
            }

            if (!matched)
            {
                errs.Add(FieldError.NotFound(idx.Child("name"), name));
            }

            if (devPath.Length == 0)
            {
                errs.Add(FieldError.Required(idx.Child("devicePath")));
            }

            if (devicePaths.Contains(devPath))
            {
                errs.Add(FieldError.Invalid(idx.Child("devicePath"), devPath, "must be unique"));
            }

            if (devPath.Length > 0 && HasBacksteps(devPath))
            {
                errs.Add(FieldError.Invalid(idx.Child("devicePath"), devPath, "can not contain backsteps ('..')"));
            }
            else
            {
                devicePaths.Add(devPath);
            }

            if (mounts.ContainsKey(name))
            {
                errs.Add(FieldError.Invalid(idx.Child("name"), name, "must not already exist in volumeMounts"));
            }

            if (mounts.ContainsValue(devPath))
            {
                errs.Add(FieldError.Invalid(idx.Child("devicePath"), devPath, "must not already exist as a path in volumeMounts"));
            }

            if (name.Length > 0)
            {
                deviceNames.Add(name);
            }
        }

        return errs;
    }

    public static List<FieldError> ValidateObjectFieldSelector(ObjectFieldSelector fs, bool forVolume, FieldPath path)
    {
        var errs = new List<FieldError>();
        var apiVersion = fs.ApiVersion ?? string.Empty;
        var fieldPath = fs.FieldPath ?? string.Empty;
        if (apiVersion.Length == 0)
        {
            errs.Add(FieldError.Required(path.Child("apiVersion")));
            return errs;
        }

        if (fieldPath.Length == 0)
        {
            errs.Add(FieldError.Required(path.Child("fieldPath")));
            return errs;
        }

        if (apiVersion != "v1")
        {
            errs.Add(FieldError.Invalid(path.Child("fieldPath"), fieldPath, "error converting fieldPath: unsupported pod version: " + apiVersion));
            return errs;
        }

        var subscripted = TrySplitSubscript(fieldPath, out var basePath, out var subscript);
        if (!(subscripted && basePath is "metadata.annotations" or "metadata.labels") && Array.IndexOf(ConvertibleFieldPaths, fieldPath) < 0)
        {
            errs.Add(FieldError.Invalid(path.Child("fieldPath"), fieldPath, "error converting fieldPath: field label not supported: " + fieldPath));
            return errs;
        }

        if (subscripted)
        {
            switch (basePath)
            {
                case "metadata.annotations":
                    AddInvalid(errs, path, subscript.ToLowerInvariant(), NameValidation.IsQualifiedName(subscript.ToLowerInvariant()));
                    break;
                case "metadata.labels":
                    AddInvalid(errs, path, subscript, NameValidation.IsQualifiedName(subscript));
                    break;
                default:
                    errs.Add(FieldError.Invalid(path, basePath, "does not support subscript"));
                    break;
            }

            return errs;
        }

        var allowed = forVolume ? VolumeFieldPaths : EnvFieldPaths;
        if (Array.IndexOf(allowed, fieldPath) < 0)
        {
            errs.Add(FieldError.NotSupported(path.Child("fieldPath"), fieldPath, allowed));
        }

        return errs;
    }

    public static List<FieldError> ValidateLocalDescendingPath(string target, FieldPath path)
    {
        var errs = new List<FieldError>();
        if (target.StartsWith('/'))
        {
            errs.Add(FieldError.Invalid(path, target, "must be a relative path"));
        }

        if (HasBacksteps(target))
        {
            errs.Add(FieldError.Invalid(path, target, "must not contain '..'"));
        }

        return errs;
    }

    public static void AddInvalid(List<FieldError> errs, FieldPath path, object value, IReadOnlyList<string> messages)
    {
        foreach (var msg in messages)
        {
            errs.Add(FieldError.Invalid(path, value, msg));
        }
    }

    private static bool TrySplitSubscript(string fieldPath, out string basePath, out string subscript)
    {
        basePath = fieldPath;
        subscript = string.Empty;
        if (!fieldPath.EndsWith("']", StringComparison.Ordinal))
        {
            return false;
        }

        var trimmed = fieldPath[..^2];
        var at = trimmed.IndexOf("['", StringComparison.Ordinal);
        if (at <= 0)
        {
            return false;
        }

        basePath = trimmed[..at];
        subscript = trimmed[(at + 2)..];
        return true;
    }

    private static bool HasBacksteps(string target)
    {
        foreach (var part in target.Replace('\\', '/').Split('/'))
        {
            if (part == "..")
            {
                return true;
            }
        }

        return false;
    }

    private static List<FieldError> ValidateLocalNonReservedPath(string target, FieldPath path)
    {
        var errs = ValidateLocalDescendingPath(target, path);
        if (target.StartsWith("..", StringComparison.Ordinal) && !target.StartsWith("../", StringComparison.Ordinal))
        {
            errs.Add(FieldError.Invalid(path, target, "must not start with '..'"));
        }

        return errs;
    }

    private static List<FieldError> ValidateVolumeSource(Volume v, FieldPath path)
    {
        var errs = new List<FieldError>();
        var count = 0;

        bool Next(object? source, string field)
        {
            if (source is null)
            {
                return false;
            }

            if (count > 0)
            {
                errs.Add(FieldError.Forbidden(path.Child(field), MoreThanOne));
                return false;
            }

            count++;
            return true;
        }

        if (v.EmptyDir is not null)
        {
            count++;
            if (v.EmptyDir.SizeLimit is { } limit && limit.Sign < 0)
            {
                errs.Add(FieldError.Forbidden(path.Child("emptyDir", "sizeLimit"), "SizeLimit field must be a valid resource quantity"));
            }
        }

        if (Next(v.HostPath, "hostPath"))
        {
            var hp = v.HostPath!;
            if (string.IsNullOrEmpty(hp.Path))
            {
                errs.Add(FieldError.Required(path.Child("hostPath", "path")));
            }
            else
            {
                if (HasBacksteps(hp.Path))
                {
                    errs.Add(FieldError.Invalid(path.Child("hostPath", "path"), hp.Path, "must not contain '..'"));
                }

                if (hp.Type is { } t && Array.IndexOf(SupportedHostPathTypes, t) < 0)
                {
                    errs.Add(FieldError.NotSupported(path.Child("hostPath", "type"), t, SupportedHostPathTypes));
                }
            }
        }

        Next(v.GitRepo, "gitRepo");
        Next(v.GcePersistentDisk, "gcePersistentDisk");
        Next(v.AwsElasticBlockStore, "awsElasticBlockStore");
        if (Next(v.Secret, "secret"))
        {
            var s = v.Secret!;
            var sp = path.Child("secret");
            if (string.IsNullOrEmpty(s.SecretName))
            {
                errs.Add(FieldError.Required(sp.Child("secretName")));
            }

            CheckMode(errs, s.DefaultMode, sp.Child("defaultMode"));
            CheckItems(errs, s.Items, sp.Child("items"));
        }

        if (Next(v.Nfs, "nfs"))
        {
            var nfs = v.Nfs!;
            var np = path.Child("nfs");
            if (string.IsNullOrEmpty(nfs.Server))
            {
                errs.Add(FieldError.Required(np.Child("server")));
            }

            if (string.IsNullOrEmpty(nfs.Path))
            {
                errs.Add(FieldError.Required(np.Child("path")));
            }

            if (!(nfs.Path ?? string.Empty).StartsWith('/'))
            {
                errs.Add(FieldError.Invalid(np.Child("path"), nfs.Path ?? string.Empty, "must be an absolute path"));
            }
        }

        Next(v.Iscsi, "iscsi");
        Next(v.Glusterfs, "glusterfs");
        Next(v.Flocker, "flocker");
        if (Next(v.PersistentVolumeClaim, "persistentVolumeClaim") && string.IsNullOrEmpty(v.PersistentVolumeClaim!.ClaimName))
        {
            errs.Add(FieldError.Required(path.Child("persistentVolumeClaim", "claimName")));
        }

        Next(v.Rbd, "rbd");
        Next(v.Cinder, "cinder");
        Next(v.Cephfs, "cephFS");
        Next(v.Quobyte, "quobyte");
        if (Next(v.DownwardAPI, "downwarAPI"))
        {
            var d = v.DownwardAPI!;
            var dp = path.Child("downwardAPI");
            CheckMode(errs, d.DefaultMode, dp.Child("defaultMode"));
            foreach (var file in d.Items)
            {
                errs.AddRange(ValidateDownwardAPIFile(file, dp));
            }
        }

        Next(v.Fc, "fc");
        Next(v.FlexVolume, "flexVolume");
        if (Next(v.ConfigMap, "configMap"))
        {
            var c = v.ConfigMap!;
            var cp = path.Child("configMap");
            if (string.IsNullOrEmpty(c.Name))
            {
                errs.Add(FieldError.Required(cp.Child("name")));
            }

            CheckMode(errs, c.DefaultMode, cp.Child("defaultMode"));
            CheckItems(errs, c.Items, cp.Child("items"));
        }

        Next(v.AzureFile, "azureFile");
        Next(v.VsphereVolume, "vsphereVolume");
        Next(v.PhotonPersistentDisk, "photonPersistentDisk");
        Next(v.PortworxVolume, "portworxVolume");
        Next(v.AzureDisk, "azureDisk");
        Next(v.Storageos, "storageos");
        if (Next(v.Projected, "projected"))
        {
            errs.AddRange(ValidateProjected(v.Projected!, path.Child("projected")));
        }

        Next(v.ScaleIO, "scaleIO");
        if (Next(v.Csi, "csi"))
        {
            var csi = v.Csi!;
            var driver = csi.Driver ?? string.Empty;
            var dp = path.Child("csi", "driver");
            if (driver.Length == 0)
            {
                errs.Add(FieldError.Required(dp));
            }

            if (driver.Length > 63)
            {
                errs.Add(FieldError.TooLong(dp, 63));
            }

            AddInvalid(errs, dp, driver, NameValidation.IsDns1123Subdomain(driver.ToLowerInvariant()));
            if (csi.NodePublishSecretRef is { } secretRef)
            {
                if (string.IsNullOrEmpty(secretRef.Name))
                {
                    errs.Add(FieldError.Required(path.Child("csi", "nodePublishSecretRef", "name")));
                }
                else
                {
                    AddInvalid(errs, path.Child("csi", "name"), secretRef.Name, NameValidation.IsDns1123Subdomain(secretRef.Name));
                }
            }
        }

        Next(v.Ephemeral, "ephemeral");
        if (Next(v.Image, "image") && string.IsNullOrEmpty(v.Image!.Reference))
        {
            errs.Add(FieldError.Required(path.Child("image", "reference")));
        }

        if (count == 0)
        {
            errs.Add(FieldError.Required(path, "must specify a volume type"));
        }

        return errs;
    }

    private static List<FieldError> ValidateProjected(ProjectedVolumeSource projected, FieldPath path)
    {
        var errs = new List<FieldError>();
        CheckMode(errs, projected.DefaultMode, path.Child("defaultMode"));
        var allPaths = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < projected.Sources.Count; i++)
        {
            var source = projected.Sources[i];
            var srcPath = path.Child("sources").Index(i);
            var n = 0;
            if (source.Secret is { } secret)
            {
                n++;
                if (string.IsNullOrEmpty(secret.Name))
                {
                    errs.Add(FieldError.Required(srcPath.Child("secret", "name")));
                }

                CheckProjectedItems(errs, secret.Items, srcPath.Child("secret", "items"), allPaths, path, secret.Name ?? string.Empty);
            }

            if (source.ConfigMap is { } cm)
            {
                n++;
                if (string.IsNullOrEmpty(cm.Name))
                {
                    errs.Add(FieldError.Required(srcPath.Child("configMap", "name")));
                }

                CheckProjectedItems(errs, cm.Items, srcPath.Child("configMap", "items"), allPaths, path, cm.Name ?? string.Empty);
            }

            if (source.DownwardAPI is { } dapi)
            {
                n++;
                foreach (var file in dapi.Items)
                {
                    errs.AddRange(ValidateDownwardAPIFile(file, srcPath.Child("downwardAPI")));
                    if (!string.IsNullOrEmpty(file.Path) && !allPaths.Add(file.Path))
                    {
                        errs.Add(FieldError.Invalid(path, file.Path, "conflicting duplicate paths"));
                    }
                }
            }

            if (source.ServiceAccountToken is { } sat)
            {
                n++;
                var satPath = srcPath.Child("serviceAccountToken");
                var exp = sat.ExpirationSeconds ?? 0;
                if (exp < 600)
                {
                    errs.Add(FieldError.Invalid(satPath.Child("expirationSeconds"), exp, "may not specify a duration less than 10 minutes"));
                }

                if (exp > 1L << 32)
                {
                    errs.Add(FieldError.Invalid(satPath.Child("expirationSeconds"), exp, "may not specify a duration larger than 2^32 seconds"));
                }

                if (string.IsNullOrEmpty(sat.Path))
                {
                    errs.Add(FieldError.Required(path.Child("path")));
                }
                else
                {
                    errs.AddRange(ValidateLocalNonReservedPath(sat.Path, path.Child("path")));
                }
            }

            if (source.ClusterTrustBundle is not null)
            {
                n++;
            }

            if (source.PodCertificate is not null)
            {
                n++;
            }

            if (n > 1)
            {
                errs.Add(FieldError.Forbidden(srcPath, "may not specify more than 1 volume type per source"));
            }
        }

        return errs;
    }

    private static void CheckProjectedItems(List<FieldError> errs, IReadOnlyList<KeyToPath> items, FieldPath itemsPath, HashSet<string> allPaths, FieldPath projPath, string sourceName)
    {
        for (var j = 0; j < items.Count; j++)
        {
            errs.AddRange(ValidateKeyToPath(items[j], itemsPath.Index(j)));
            var p = items[j].Path ?? string.Empty;
            if (p.Length > 0 && !allPaths.Add(p))
            {
                errs.Add(FieldError.Invalid(projPath, sourceName, "conflicting duplicate paths"));
            }
        }
    }

    private static List<FieldError> ValidateDownwardAPIFile(DownwardAPIVolumeFile file, FieldPath path)
    {
        var errs = new List<FieldError>();
        var p = file.Path ?? string.Empty;
        if (p.Length == 0)
        {
            errs.Add(FieldError.Required(path.Child("path")));
        }

        errs.AddRange(ValidateLocalNonReservedPath(p, path.Child("path")));
        if (file.FieldRef is not null)
        {
            errs.AddRange(ValidateObjectFieldSelector(file.FieldRef, true, path.Child("fieldRef")));
            if (file.ResourceFieldRef is not null)
            {
                errs.Add(FieldError.Invalid(path, "resource", "fieldRef and resourceFieldRef can not be specified simultaneously"));
            }
        }
        else if (file.ResourceFieldRef is not null)
        {
            errs.AddRange(EnvValidation.ValidateResourceFieldSelector(file.ResourceFieldRef, true, path.Child("resourceFieldRef")));
        }
        else
        {
            errs.Add(FieldError.Required(path, "one of fieldRef and resourceFieldRef is required"));
        }

        CheckMode(errs, file.Mode, path.Child("mode"));
        return errs;
    }

    private static void CheckItems(List<FieldError> errs, IReadOnlyList<KeyToPath> items, FieldPath itemsPath)
    {
        for (var j = 0; j < items.Count; j++)
        {
            errs.AddRange(ValidateKeyToPath(items[j], itemsPath.Index(j)));
        }
    }

    private static List<FieldError> ValidateKeyToPath(KeyToPath kp, FieldPath path)
    {
        var errs = new List<FieldError>();
        if (string.IsNullOrEmpty(kp.Key))
        {
            errs.Add(FieldError.Required(path.Child("key")));
        }

        if (string.IsNullOrEmpty(kp.Path))
        {
            errs.Add(FieldError.Required(path.Child("path")));
        }

        errs.AddRange(ValidateLocalNonReservedPath(kp.Path ?? string.Empty, path.Child("path")));
        CheckMode(errs, kp.Mode, path.Child("mode"));
        return errs;
    }

    private static void CheckMode(List<FieldError> errs, int? mode, FieldPath path)
    {
        if (mode is { } m && (m > Convert.ToInt32("777", 8) || m < 0))
        {
            errs.Add(FieldError.Invalid(path, m, FileModeErrorMsg));
        }
    }
}
