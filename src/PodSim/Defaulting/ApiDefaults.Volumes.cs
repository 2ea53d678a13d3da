using PodSim.Model;

namespace PodSim.Defaulting;

public static partial class ApiDefaults
{
    // A volume with only a name: every source is null. Record equality covers source members added later.
    private static readonly Volume SourcelessVolume = new();

    // SetDefaults_Volume and the defaults of the volume sources.
    private static Volume ApplyVolume(Volume volume)
    {
        if ((volume with { Name = null }).Equals(SourcelessVolume))
        {
            return volume with { EmptyDir = new EmptyDirVolumeSource() };
        }

        return Unchanged.Keep(volume, volume with
        {
            HostPath = volume.HostPath is { Type: null } hostPath ? hostPath with { Type = HostPathTypes.Unset } : volume.HostPath,
            Secret = volume.Secret is { DefaultMode: null } secret ? secret with { DefaultMode = DefaultValues.VolumeDefaultMode } : volume.Secret,
            ConfigMap = volume.ConfigMap is { DefaultMode: null } configMap ? configMap with { DefaultMode = DefaultValues.VolumeDefaultMode } : volume.ConfigMap,
            DownwardAPI = volume.DownwardAPI is { } downwardApi
                ? Unchanged.Keep(downwardApi, downwardApi with
                {
                    DefaultMode = downwardApi.DefaultMode ?? DefaultValues.VolumeDefaultMode,
                    Items = Unchanged.Map(downwardApi.Items, ApplyDownwardApiFile),
                })
                : null,
            Projected = volume.Projected is { } projected
                ? Unchanged.Keep(projected, projected with
                {
                    DefaultMode = projected.DefaultMode ?? DefaultValues.VolumeDefaultMode,
                    Sources = Unchanged.Map(projected.Sources, ApplyProjection),
                })
                : null,

            // Upstream defaults the image volume pull policy (ImageVolume feature) by the tag alone, like containers.
            Image = volume.Image is { } image && string.IsNullOrEmpty(image.PullPolicy)
                ? image with { PullPolicy = DefaultImagePullPolicy(image.Reference) }
                : volume.Image,
        });
    }

    private static DownwardAPIVolumeFile ApplyDownwardApiFile(DownwardAPIVolumeFile file) =>
        file.FieldRef is { } fieldRef && string.IsNullOrEmpty(fieldRef.ApiVersion)
            ? file with { FieldRef = ApplyFieldRef(fieldRef) }
            : file;

    private static VolumeProjection ApplyProjection(VolumeProjection projection) =>
        Unchanged.Keep(projection, projection with
        {
            DownwardAPI = projection.DownwardAPI is { } downwardApi
                ? Unchanged.Keep(downwardApi, downwardApi with { Items = Unchanged.Map(downwardApi.Items, ApplyDownwardApiFile) })
                : null,
            ServiceAccountToken = projection.ServiceAccountToken is { ExpirationSeconds: null } token
                ? token with { ExpirationSeconds = DefaultValues.ServiceAccountTokenExpirationSeconds }
                : projection.ServiceAccountToken,
        });
}
