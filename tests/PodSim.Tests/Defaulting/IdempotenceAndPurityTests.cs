using PodSim.Defaulting;
using PodSim.Model;
using static PodSim.Tests.Defaulting.DefaultingSamples;

namespace PodSim.Tests.Defaulting;

public class IdempotenceAndPurityTests
{
    // Factories, so that each test can build an identical fresh copy to compare the input against.
    public static TheoryData<string, Func<KubeObject>> Objects => new()
    {
        { "rich Pod", () => Pod(RichSpec()) with { Status = new PodStatus { Phase = PodPhases.Pending } } },
        { "empty Pod", () => new Pod() },
        { "Deployment", () => new Deployment { Spec = new DeploymentSpec { Template = Template(RichSpec(), Labels(("app", "a"))) } } },
        { "ReplicaSet", () => new ReplicaSet { Spec = new ReplicaSetSpec { Template = Template(RichSpec()) } } },
        { "StatefulSet", () => new StatefulSet { Spec = new StatefulSetSpec { Template = Template(RichSpec()) } } },
        { "DaemonSet", () => new DaemonSet { Spec = new DaemonSetSpec { Template = Template(RichSpec()) } } },
        {
            "Job",
            () => new Job
            {
                Spec = new JobSpec
                {
                    Template = Template(RichSpec(), Labels(("app", "j"))),
                    PodFailurePolicy = new PodFailurePolicy { Rules = [new PodFailurePolicyRule { OnPodConditions = [new() { Type = "DisruptionTarget" }] }] },
                },
            }
        },
        { "CronJob", () => new CronJob { Spec = new CronJobSpec { JobTemplate = new JobTemplateSpec { Spec = new JobSpec { Template = Template(RichSpec()) } } } } },
        { "ReplicationController", () => new ReplicationController { Spec = new ReplicationControllerSpec { Template = Template(RichSpec(), Labels(("app", "rc"))) } } },
        { "ConfigMap", () => new ConfigMap() },
        { "Node", () => new Node() },
    };

    private static PodSpec RichSpec() => new()
    {
        HostNetwork = true,
        Volumes =
        [
            new Volume { Name = "scratch" },
            new Volume { Name = "secret", Secret = new SecretVolumeSource { SecretName = "s" } },
            new Volume { Name = "host", HostPath = new HostPathVolumeSource { Path = "/var" } },
            new Volume
            {
                Name = "projected",
                Projected = new ProjectedVolumeSource
                {
                    Sources =
                    [
                        new VolumeProjection { ServiceAccountToken = new ServiceAccountTokenProjection { Path = "token" } },
                        new VolumeProjection { DownwardAPI = new DownwardAPIProjection { Items = [new DownwardAPIVolumeFile { Path = "n", FieldRef = new ObjectFieldSelector { FieldPath = "metadata.name" } }] } },
                    ],
                },
            },
        ],
        InitContainers = [Container("init") with { Name = "init", Resources = new ResourceRequirements { Limits = Resources(("cpu", "0.0001")) } }],
        Containers =
        [
            Container("nginx") with
            {
                Ports = [new ContainerPort { Port = 80 }],
                Env = [new EnvVar { Name = "POD", ValueFrom = new EnvVarSource { FieldRef = new ObjectFieldSelector { FieldPath = "metadata.name" } } }],
                Resources = new ResourceRequirements { Limits = Resources(("cpu", "1"), ("memory", "128Mi")), Requests = Resources(("memory", "64Mi")) },
                LivenessProbe = new Probe { HttpGet = new HttpGetAction { Port = 80 }, PeriodSeconds = 0 },
                ReadinessProbe = new Probe { Grpc = new GrpcAction { Port = 9090 } },
                StartupProbe = new Probe { TcpSocket = new TcpSocketAction { Port = 80 } },
                Lifecycle = new Lifecycle { PreStop = new LifecycleHandler { HttpGet = new HttpGetAction { Port = 80 } } },
            },
        ],
        EphemeralContainers = [new EphemeralContainer { Name = "debug", Image = "busybox" }],
        Overhead = Resources(("cpu", "0.00025")),
    };

    [Theory]
    [MemberData(nameof(Objects))]
    public void Applying_defaults_twice_equals_applying_once(string kind, Func<KubeObject> make)
    {
        var once = ApiDefaults.Apply(make());
        var twice = ApiDefaults.Apply(once);

        twice.Should().BeSameAs(once, kind);
        twice.Should().BeEquivalentTo(ApiDefaults.Apply(make()), o => o.ComparingRecordsByMembers().RespectingRuntimeTypes().AllowingInfiniteRecursion(), kind);
    }

    [Theory]
    [MemberData(nameof(Objects))]
    public void Applying_defaults_leaves_the_input_unchanged(string kind, Func<KubeObject> make)
    {
        var input = make();

        var result = ApiDefaults.Apply(input);

        input.Should().BeEquivalentTo(make(), o => o.ComparingRecordsByMembers().RespectingRuntimeTypes().AllowingInfiniteRecursion(), kind);
        if (kind != "Node")
        {
            result.Should().NotBeSameAs(input, kind);
        }
    }

    [Fact]
    public void Pod_defaults_are_idempotent_field_by_field()
    {
        var once = ApiDefaults.ApplyPod(Pod(RichSpec()));
        var twice = ApiDefaults.ApplyPod(once with { Spec = once.Spec! with { } });

        twice.Should().BeEquivalentTo(once, o => o.ComparingRecordsByMembers().AllowingInfiniteRecursion());
        twice.Spec!.Containers[0].Resources!.Requests.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("nginx")]
    [InlineData("nginx:1.25")]
    public void Container_defaults_applied_twice_return_the_same_container(string image)
    {
        var once = ApiDefaults.ApplyContainer(Container(image));

        ApiDefaults.ApplyContainer(once).Should().BeSameAs(once);
    }

    [Fact]
    public void Probe_defaults_applied_twice_return_the_same_probe()
    {
        var once = ApiDefaults.ApplyProbe(new Probe { HttpGet = new HttpGetAction(), Grpc = new GrpcAction() });

        ApiDefaults.ApplyProbe(once).Should().BeSameAs(once);
    }
}
