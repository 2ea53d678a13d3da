using PodSim.Admission;
using PodSim.Model;
using PodSim.Validation;
using static PodSim.Tests.Admission.AdmissionFixtures;

namespace PodSim.Tests.Admission;

/// <summary>
/// The ServiceAccount plugin's token volume (<c>plugin/pkg/admission/serviceaccount/admission.go</c>): the
/// <c>kube-api-access-</c> projected volume and its read-only mount, and the cases that leave them out.
/// </summary>
public class ServiceAccountAdmissionTests
{
    private const string MountPath = "/var/run/secrets/kubernetes.io/serviceaccount";

    private static readonly VolumeMount OtherMount = new() { Name = "data", MountPath = "/data" };

    [Fact]
    public void Token_volume_and_read_only_mount_are_added_to_every_init_and_app_container()
    {
        var pod = Pod("web", Container("app"), Container("helper")).WithInit(Container("setup"), Sidecar("log"));

        var result = PodAdmission.Admit(pod, AdmissionContext.Empty);

        result.Admitted.Should().BeTrue(result.Message());
        var spec = result.Pod.Spec!;
        var volume = spec.Volumes.Should().ContainSingle().Subject;
        volume.Name.Should().MatchRegex("^kube-api-access-[bcdfghjklmnpqrstvwxz2456789]{5}$");
        volume.Should().BeEquivalentTo(new Volume { Name = volume.Name, Projected = TokenSource() }, o => o.ComparingRecordsByMembers().WithStrictOrdering());
        var mount = new VolumeMount { Name = volume.Name, ReadOnly = true, MountPath = MountPath };
        spec.InitContainers.Concat(spec.Containers).Should().AllSatisfy(c => c.VolumeMounts.Should().Equal(mount));
    }

    [Fact]
    public void Token_volume_is_the_projection_upstream_writes_with_default_mode_420()
    {
        var source = PodAdmission.Admit(Pod("web", Container("app")), AdmissionContext.Empty).Pod.Spec!.Volumes[0].Projected!;

        source.DefaultMode.Should().Be(420);
        source.Sources.Should().HaveCount(3);
        source.Sources[0].ServiceAccountToken.Should().Be(new ServiceAccountTokenProjection { ExpirationSeconds = 3607, Path = "token" });
        source.Sources[1].ConfigMap!.Name.Should().Be("kube-root-ca.crt");
        source.Sources[1].ConfigMap!.Items.Should().Equal(new KeyToPath { Key = "ca.crt", Path = "ca.crt" });
        source.Sources[1].ConfigMap!.Optional.Should().BeNull();
        source.Sources[2].DownwardAPI!.Items.Should().Equal(
            new DownwardAPIVolumeFile { Path = "namespace", FieldRef = new ObjectFieldSelector { ApiVersion = "v1", FieldPath = "metadata.namespace" } });
    }

    [Fact]
    public void Mount_is_appended_after_the_containers_own_mounts()
    {
        var pod = Pod("web", Container("app") with { VolumeMounts = [OtherMount] })
            .WithSpec(s => s with { Volumes = [new Volume { Name = "data", EmptyDir = new EmptyDirVolumeSource() }] });

        var spec = PodAdmission.Admit(pod, AdmissionContext.Empty).Pod.Spec!;

        spec.Volumes.Select(v => v.Name).Should().HaveCount(2).And.StartWith("data");
        spec.Containers[0].VolumeMounts.Select(m => m.MountPath).Should().Equal("/data", MountPath);
    }

    [Fact]
    public void Admitted_pod_with_the_token_volume_passes_validation()
    {
        var pod = Pod("web", Container("app"), Container("helper")).WithInit(Container("setup"), Sidecar("log"));

        var admitted = PodAdmission.Admit(pod, AdmissionContext.Empty).Pod;

        ObjectValidator.Validate(admitted).Should().BeEmpty();
    }

    [Fact]
    public void Automount_false_on_the_pod_adds_no_volume_and_no_mount()
    {
        var pod = Pod("web", Container("app")).WithSpec(s => s with { AutomountServiceAccountToken = false });

        var spec = PodAdmission.Admit(pod, AdmissionContext.Empty).Pod.Spec!;

        spec.Volumes.Should().BeEmpty();
        spec.Containers[0].VolumeMounts.Should().BeEmpty();
        spec.ServiceAccountName.Should().Be("default");
    }

    [Fact]
    public void Automount_false_on_the_service_account_adds_no_volume()
    {
        var context = new AdmissionContext { ServiceAccounts = [Account("default", automount: false)] };

        var spec = PodAdmission.Admit(Pod("web", Container("app")), context).Pod.Spec!;

        spec.Volumes.Should().BeEmpty();
        spec.Containers[0].VolumeMounts.Should().BeEmpty();
    }

    [Fact]
    public void The_pods_automount_setting_wins_over_its_service_accounts()
    {
        var context = new AdmissionContext { ServiceAccounts = [Account("builder", automount: false)] };
        var pod = Pod("web", Container("app")).WithSpec(s => s with { ServiceAccountName = "builder", AutomountServiceAccountToken = true });

        var spec = PodAdmission.Admit(pod, context).Pod.Spec!;

        spec.Volumes.Should().ContainSingle().Which.Projected.Should().NotBeNull();
        spec.Containers[0].VolumeMounts.Should().ContainSingle().Which.MountPath.Should().Be(MountPath);
    }

    [Theory]
    [InlineData("builder", "default", true)]
    [InlineData("default", "other", true)]
    [InlineData("default", "default", false)]
    public void Only_the_pods_own_service_account_in_its_namespace_counts(string accountName, string accountNamespace, bool mounted)
    {
        var account = Account(accountName, automount: false) with { Metadata = new ObjectMeta { Name = accountName, Namespace = accountNamespace } };

        var spec = PodAdmission.Admit(Pod("web", Container("app")), new AdmissionContext { ServiceAccounts = [account] }).Pod.Spec!;

        spec.Volumes.Should().HaveCount(mounted ? 1 : 0);
    }

    [Fact]
    public void Container_with_its_own_mount_at_the_token_path_is_skipped()
    {
        var own = new VolumeMount { Name = "my-token", MountPath = MountPath, ReadOnly = true };
        var pod = Pod("web", Container("app") with { VolumeMounts = [own] }, Container("other"))
            .WithSpec(s => s with { Volumes = [new Volume { Name = "my-token", EmptyDir = new EmptyDirVolumeSource() }] });

        var result = PodAdmission.Admit(pod, AdmissionContext.Empty);

        result.Admitted.Should().BeTrue(result.Message());
        var spec = result.Pod.Spec!;
        spec.Containers[0].VolumeMounts.Should().Equal(own);
        var added = spec.Volumes.Should().HaveCount(2).And.Subject.Last();
        spec.Containers[1].VolumeMounts.Should().Equal(new VolumeMount { Name = added.Name, ReadOnly = true, MountPath = MountPath });
    }

    [Fact]
    public void No_volume_is_added_when_every_container_has_its_own_mount_at_the_token_path()
    {
        var own = new VolumeMount { Name = "my-token", MountPath = MountPath };
        var pod = Pod("web", Container("app") with { VolumeMounts = [own] })
            .WithSpec(s => s with { Volumes = [new Volume { Name = "my-token", EmptyDir = new EmptyDirVolumeSource() }] });

        var spec = PodAdmission.Admit(pod, AdmissionContext.Empty).Pod.Spec!;

        spec.Volumes.Select(v => v.Name).Should().Equal("my-token");
        spec.Containers[0].VolumeMounts.Should().Equal(own);
    }

    [Fact]
    public void A_volume_already_named_kube_api_access_is_mounted_instead_of_adding_another()
    {
        // A pod copied from a cluster already carries the volume; only the containers without the mount get it.
        var existing = new Volume { Name = "kube-api-access-abcde", Projected = TokenSource() };
        var pod = Pod("web", Container("app")).WithSpec(s => s with { Volumes = [existing] });

        var spec = PodAdmission.Admit(pod, AdmissionContext.Empty).Pod.Spec!;

        spec.Volumes.Should().Equal(existing);
        spec.Containers[0].VolumeMounts.Should().Equal(new VolumeMount { Name = "kube-api-access-abcde", ReadOnly = true, MountPath = MountPath });
    }

    [Fact]
    public void Ephemeral_containers_are_not_given_the_mount()
    {
        // Ephemeral containers cannot be set on create, so the plugin never sees them there; it leaves them alone.
        var pod = Pod("web", Container("app")).WithSpec(s => s with
        {
            ServiceAccountName = "default",
            EphemeralContainers = [new EphemeralContainer { Name = "debug", Image = "busybox" }],
        });

        var spec = ServiceAccountRules.Mutate(pod, [], null).Spec!;

        spec.EphemeralContainers[0].VolumeMounts.Should().BeEmpty();
        spec.Containers[0].VolumeMounts.Should().ContainSingle();
    }

    [Fact]
    public void Without_a_generator_the_volume_name_is_derived_from_the_pods_namespace_and_name()
    {
        static string VolumeName(string ns, string name) =>
            PodAdmission.Admit(Pod(name, Container("app")) with { Metadata = new ObjectMeta { Name = name, Namespace = ns } }, AdmissionContext.Empty)
                .Pod.Spec!.Volumes[0].Name!;

        VolumeName("default", "web").Should().Be(VolumeName("default", "web"));
        new[] { VolumeName("default", "web"), VolumeName("default", "api"), VolumeName("prod", "web") }.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void A_given_generator_names_the_volume()
    {
        var context = new AdmissionContext { GenerateName = prefix => prefix + "zzzzz" };

        var spec = PodAdmission.Admit(Pod("web", Container("app")), context).Pod.Spec!;

        spec.Volumes[0].Name.Should().Be("kube-api-access-zzzzz");
        spec.Containers[0].VolumeMounts[0].Name.Should().Be("kube-api-access-zzzzz");
    }

    [Fact]
    public void Image_pull_secrets_of_the_service_account_are_copied_to_a_pod_that_names_none()
    {
        var account = Account("default") with { ImagePullSecrets = [new LocalObjectReference { Name = "registry" }] };
        var context = new AdmissionContext { ServiceAccounts = [account] };
        var own = Pod("own", Container("app")).WithSpec(s => s with { ImagePullSecrets = [new LocalObjectReference { Name = "mine" }] });

        PodAdmission.Admit(Pod("web", Container("app")), context).Pod.Spec!.ImagePullSecrets.Select(s => s.Name).Should().Equal("registry");
        PodAdmission.Admit(own, context).Pod.Spec!.ImagePullSecrets.Select(s => s.Name).Should().Equal("mine");
    }

    private static ServiceAccount Account(string name, bool? automount = null) => new()
    {
        ApiVersion = "v1",
        Kind = "ServiceAccount",
        Metadata = new ObjectMeta { Name = name, Namespace = "default" },
        AutomountServiceAccountToken = automount,
    };

    private static ProjectedVolumeSource TokenSource() => new()
    {
        DefaultMode = 420,
        Sources =
        [
            new VolumeProjection { ServiceAccountToken = new ServiceAccountTokenProjection { ExpirationSeconds = 3607, Path = "token" } },
            new VolumeProjection { ConfigMap = new ConfigMapProjection { Name = "kube-root-ca.crt", Items = [new KeyToPath { Key = "ca.crt", Path = "ca.crt" }] } },
            new VolumeProjection
            {
                DownwardAPI = new DownwardAPIProjection
                {
                    Items = [new DownwardAPIVolumeFile { Path = "namespace", FieldRef = new ObjectFieldSelector { ApiVersion = "v1", FieldPath = "metadata.namespace" } }],
                },
            },
        ],
    };
}
