using PodSim.Defaulting;
using PodSim.Model;

namespace PodSim.Tests.Defaulting;

public class VolumeDefaultingTests
{
    public static TheoryData<string, Volume, Func<Volume, int?>> ModeVolumes => new()
    {
        { "secret", new Volume { Name = "v", Secret = new SecretVolumeSource { SecretName = "s" } }, v => v.Secret!.DefaultMode },
        { "configMap", new Volume { Name = "v", ConfigMap = new ConfigMapVolumeSource { Name = "c" } }, v => v.ConfigMap!.DefaultMode },
        { "downwardAPI", new Volume { Name = "v", DownwardAPI = new DownwardAPIVolumeSource() }, v => v.DownwardAPI!.DefaultMode },
        { "projected", new Volume { Name = "v", Projected = new ProjectedVolumeSource() }, v => v.Projected!.DefaultMode },
    };

    public static TheoryData<string, Volume> SourcedVolumes => new()
    {
        { "hostPath", new Volume { Name = "v", HostPath = new HostPathVolumeSource { Path = "/data" } } },
        { "persistentVolumeClaim", new Volume { Name = "v", PersistentVolumeClaim = new PersistentVolumeClaimVolumeSource { ClaimName = "c" } } },
        { "nfs", new Volume { Name = "v", Nfs = new NfsVolumeSource { Server = "s", Path = "/" } } },
        { "csi", new Volume { Name = "v", Csi = new CsiVolumeSource { Driver = "d" } } },
        { "secret", new Volume { Name = "v", Secret = new SecretVolumeSource() } },
    };

    private static Volume Apply(Volume volume) => ApiDefaults.ApplyPodSpec(new PodSpec { Volumes = [volume] }).Volumes.Single();

    [Fact]
    public void Volume_without_source_becomes_empty_dir()
    {
        var result = Apply(new Volume { Name = "scratch" });

        result.Name.Should().Be("scratch");
        result.EmptyDir.Should().Be(new EmptyDirVolumeSource());
    }

    [Theory]
    [MemberData(nameof(SourcedVolumes))]
    public void Volume_with_a_source_gets_no_empty_dir(string source, Volume volume)
    {
        Apply(volume).EmptyDir.Should().BeNull(source);
    }

    [Theory]
    [MemberData(nameof(ModeVolumes))]
    public void File_volume_default_mode_defaults_to_0644(string source, Volume volume, Func<Volume, int?> read)
    {
        read(Apply(volume)).Should().Be(420, source);
    }

    [Theory]
    [MemberData(nameof(ModeVolumes))]
    public void Explicit_default_mode_is_kept(string source, Volume volume, Func<Volume, int?> read)
    {
        var explicitMode = volume with
        {
            Secret = volume.Secret is null ? null : volume.Secret with { DefaultMode = 256 },
            ConfigMap = volume.ConfigMap is null ? null : volume.ConfigMap with { DefaultMode = 256 },
            DownwardAPI = volume.DownwardAPI is null ? null : volume.DownwardAPI with { DefaultMode = 256 },
            Projected = volume.Projected is null ? null : volume.Projected with { DefaultMode = 256 },
        };

        read(Apply(explicitMode)).Should().Be(256, source);
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData(HostPathTypes.Directory, HostPathTypes.Directory)]
    public void Host_path_type_defaults_to_unset(string? type, string expected)
    {
        var volume = new Volume { Name = "v", HostPath = new HostPathVolumeSource { Path = "/data", Type = type } };

        Apply(volume).HostPath!.Type.Should().Be(expected);
    }

    [Theory]
    [InlineData(null, 3600L)]
    [InlineData(600L, 600L)]
    public void Service_account_token_expiration_defaults_to_one_hour(long? expiration, long expected)
    {
        var volume = new Volume
        {
            Name = "token",
            Projected = new ProjectedVolumeSource
            {
                Sources = [new VolumeProjection { ServiceAccountToken = new ServiceAccountTokenProjection { Path = "token", ExpirationSeconds = expiration } }],
            },
        };

        Apply(volume).Projected!.Sources[0].ServiceAccountToken!.ExpirationSeconds.Should().Be(expected);
    }

    [Fact]
    public void Downward_api_field_refs_default_api_version_to_v1()
    {
        var file = new DownwardAPIVolumeFile { Path = "labels", FieldRef = new ObjectFieldSelector { FieldPath = "metadata.labels" } };
        var volume = new Volume { Name = "v", DownwardAPI = new DownwardAPIVolumeSource { Items = [file] } };

        Apply(volume).DownwardAPI!.Items[0].FieldRef!.ApiVersion.Should().Be("v1");
    }

    [Fact]
    public void Projected_downward_api_field_refs_default_api_version_to_v1()
    {
        var file = new DownwardAPIVolumeFile { Path = "name", FieldRef = new ObjectFieldSelector { FieldPath = "metadata.name", ApiVersion = string.Empty } };
        var volume = new Volume
        {
            Name = "v",
            Projected = new ProjectedVolumeSource { Sources = [new VolumeProjection { DownwardAPI = new DownwardAPIProjection { Items = [file] } }] },
        };

        Apply(volume).Projected!.Sources[0].DownwardAPI!.Items[0].FieldRef!.ApiVersion.Should().Be("v1");
    }

    [Fact]
    public void Downward_api_resource_field_ref_gets_no_field_ref()
    {
        var file = new DownwardAPIVolumeFile { Path = "cpu", ResourceFieldRef = new ResourceFieldSelector { Resource = "limits.cpu" } };
        var volume = new Volume { Name = "v", DownwardAPI = new DownwardAPIVolumeSource { Items = [file] } };

        Apply(volume).DownwardAPI!.Items[0].FieldRef.Should().BeNull();
    }
}
