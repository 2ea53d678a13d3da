using PodSim.Model;
using PodSim.Validation;
using static PodSim.Tests.Validation.ValidationFixtures;

namespace PodSim.Tests.Validation;

/// <summary>
/// Update rules of the workload kinds, ConfigMaps, Secrets, PriorityClasses and RuntimeClasses, cases after upstream's
/// <c>TestValidateDeploymentUpdate</c>, <c>TestValidateStatefulSetUpdate</c>, <c>TestValidateJobUpdate</c>,
/// <c>TestValidateConfigMapUpdate</c> and <c>TestValidateSecretUpdate</c>.
/// </summary>
public class WorkloadUpdateValidationTests
{
    private const string ExpressionSelector = "{\"matchExpressions\":[{\"key\":\"app\",\"operator\":\"In\",\"values\":[\"web\"]}]}";
    private const string StsForbidden =
        "spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden";

    private const string ImmutableWhenSet = "Forbidden: field is immutable when `immutable` is set";

    public static TheoryData<string, KubeObject, Func<KubeObject, KubeObject>, string[]> Cases => new()
    {
        // Deployment, ReplicaSet, DaemonSet: apps/v1 selectors are immutable
        { "deployment scaled and given a new image", Deploy(), o => Deployment(o, s => s with { Replicas = 5, Template = WithImage(s.Template!, "nginx:1.27") }), [] },
        { "deployment selector changed", Deploy(), o => Deployment(o, s => s with { Selector = InSelector() }), [$"spec.selector: Invalid value: {ExpressionSelector}: field is immutable"] },
        {
            "deployment update still validates the spec", Deploy(), o => Deployment(o, s => s with { Replicas = -1 }),
            ["spec.replicas: Invalid value: -1: must be greater than or equal to 0"]
        },
        { "replicaset selector changed", new ReplicaSet { Metadata = StoredMeta(), Spec = new ReplicaSetSpec { Selector = AppSelector(), Template = Template() } }, o => (ReplicaSet)o with { Spec = ((ReplicaSet)o).Spec! with { Selector = InSelector() } }, [$"spec.selector: Invalid value: {ExpressionSelector}: field is immutable"] },
        { "daemonset selector changed", new DaemonSet { Metadata = StoredMeta(), Spec = new DaemonSetSpec { Selector = AppSelector(), Template = Template() } }, o => (DaemonSet)o with { Spec = ((DaemonSet)o).Spec! with { Selector = InSelector() } }, [$"spec.selector: Invalid value: {ExpressionSelector}: field is immutable"] },
        {
            "replicationcontroller selector may change", Rc(),
            o => (ReplicationController)o with
            {
                Spec = ((ReplicationController)o).Spec! with
                {
                    Selector = new Dictionary<string, string> { ["v"] = "2" },
                    Template = Template() with { Metadata = new ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = "web", ["v"] = "2" } } },
                },
            },
            []
        },
        {
            "replicationcontroller update still validates the spec", Rc(),
            o => (ReplicationController)o with { Spec = ((ReplicationController)o).Spec! with { Selector = new Dictionary<string, string>() } },
            ["spec.selector: Required value"]
        },

        // StatefulSet: only some spec fields may change
        {
            "statefulset mutable fields", Sts(),
            o => StatefulSet(o, s => s with
            {
                Replicas = 3,
                Template = WithImage(s.Template!, "nginx:1.27"),
                UpdateStrategy = new StatefulSetUpdateStrategy { Type = "OnDelete" },
                MinReadySeconds = 5,
                RevisionHistoryLimit = 3,
                Ordinals = new StatefulSetOrdinals { Start = 1 },
                PersistentVolumeClaimRetentionPolicy = new StatefulSetPersistentVolumeClaimRetentionPolicy { WhenDeleted = "Delete", WhenScaled = "Retain" },
            }),
            []
        },
        { "statefulset serviceName changed", Sts(), o => StatefulSet(o, s => s with { ServiceName = "other" }), [StsForbidden] },
        { "statefulset podManagementPolicy changed", Sts(), o => StatefulSet(o, s => s with { PodManagementPolicy = "Parallel" }), [StsForbidden] },
        { "statefulset selector changed", Sts(), o => StatefulSet(o, s => s with { Selector = InSelector() }), [StsForbidden] },
        {
            "statefulset with volumeClaimTemplates scaled", Sts() with { Spec = Sts().Spec! with { VolumeClaimTemplates = [Claim("data")] } },
            o => StatefulSet(o, s => s with { Replicas = 4, VolumeClaimTemplates = [Claim("data")] }),
            []
        },
        {
            "statefulset volumeClaimTemplates changed", Sts() with { Spec = Sts().Spec! with { VolumeClaimTemplates = [Claim("data")] } },
            o => StatefulSet(o, s => s with { VolumeClaimTemplates = [Claim("cache")] }),
            [StsForbidden]
        },
        {
            "statefulset spec error comes before the forbidden change", Sts(), o => StatefulSet(o, s => s with { Replicas = -1, PodManagementPolicy = "Parallel" }),
            ["spec.replicas: Invalid value: -1: must be greater than or equal to 0", StsForbidden]
        },

        // Job
        { "job parallelism and activeDeadlineSeconds change", RunningJob(), o => Job(o, s => s with { Parallelism = 3, ActiveDeadlineSeconds = 60 }), [] },
        { "job selector changed", RunningJob(), o => Job(o, s => s with { Selector = InSelector() }), [$"spec.selector: Invalid value: {ExpressionSelector}: field is immutable"] },
        { "job completions changed", RunningJob(), o => Job(o, s => s with { Completions = 3 }), ["spec.completions: Invalid value: 3: field is immutable"] },
        { "indexed job completions changed with parallelism", IndexedJob(), o => Job(o, s => s with { Completions = 4, Parallelism = 4 }), [] },
        {
            "indexed job completions changed alone", IndexedJob(), o => Job(o, s => s with { Completions = 4 }),
            ["spec.completions: Invalid value: 4: can only be modified in tandem with spec.parallelism"]
        },
        { "job completionMode changed", RunningJob(), o => Job(o, s => s with { CompletionMode = "Indexed" }), ["spec.completionMode: Invalid value: \"Indexed\": field is immutable"] },
        {
            "job template changed while running", RunningJob(), o => Job(o, s => s with { Template = s.Template! with { Spec = s.Template.Spec! with { NodeSelector = new Dictionary<string, string> { ["disk"] = "ssd" } } } }),
            ["spec.template: Invalid value: {\"metadata\":{\"labels\":{\"app\":\"web\"}},\"spec\":{\"containers\":[{\"name\":\"app\",\"image\":\"nginx:1.25\",\"terminationMessagePath\":\"/dev/termination-log\",\"terminationMessagePolicy\":\"File\",\"imagePullPolicy\":\"IfNotPresent\"}],\"restartPolicy\":\"Never\",\"terminationGracePeriodSeconds\":30,\"dnsPolicy\":\"ClusterFirst\",\"nodeSelector\":{\"disk\":\"ssd\"},\"securityContext\":{},\"schedulerName\":\"default-scheduler\",\"enableServiceLinks\":true}}: field is immutable"]
        },
        {
            "suspended job that never ran retargets its pods", SuspendedJob(started: false),
            o => Job(o, s => s with
            {
                Template = s.Template! with
                {
                    Metadata = s.Template.Metadata! with { Annotations = new Dictionary<string, string> { ["team"] = "a" } },
                    Spec = s.Template.Spec! with { NodeSelector = new Dictionary<string, string> { ["disk"] = "ssd" }, Tolerations = [new Toleration { Operator = "Exists" }] },
                },
            }),
            []
        },
        {
            "suspended job that never ran may not change the containers", SuspendedJob(started: false), o => Job(o, s => s with { Template = WithImage(s.Template!, "busybox") }),
            ["spec.template: Invalid value: {\"metadata\":{\"labels\":{\"app\":\"web\"}},\"spec\":{\"containers\":[{\"name\":\"app\",\"image\":\"busybox\",\"terminationMessagePath\":\"/dev/termination-log\",\"terminationMessagePolicy\":\"File\",\"imagePullPolicy\":\"IfNotPresent\"}],\"restartPolicy\":\"Never\",\"terminationGracePeriodSeconds\":30,\"dnsPolicy\":\"ClusterFirst\",\"securityContext\":{},\"schedulerName\":\"default-scheduler\",\"enableServiceLinks\":true}}: field is immutable"]
        },
        {
            "suspended job that has run may not retarget its pods", SuspendedJob(started: true),
            o => Job(o, s => s with { Template = s.Template! with { Spec = s.Template.Spec! with { NodeSelector = new Dictionary<string, string> { ["disk"] = "ssd" } } } }),
            ["spec.template: Invalid value: {\"metadata\":{\"labels\":{\"app\":\"web\"}},\"spec\":{\"containers\":[{\"name\":\"app\",\"image\":\"nginx:1.25\",\"terminationMessagePath\":\"/dev/termination-log\",\"terminationMessagePolicy\":\"File\",\"imagePullPolicy\":\"IfNotPresent\"}],\"restartPolicy\":\"Never\",\"terminationGracePeriodSeconds\":30,\"dnsPolicy\":\"ClusterFirst\",\"nodeSelector\":{\"disk\":\"ssd\"},\"securityContext\":{},\"schedulerName\":\"default-scheduler\",\"enableServiceLinks\":true}}: field is immutable"]
        },
        {
            "cronjob with a long name may still be updated", new CronJob { Metadata = StoredMeta(new string('c', 53)), Spec = CronSpec() },
            o => (CronJob)o with { Spec = CronSpec() with { Schedule = "@daily" } },
            []
        },

        // ConfigMap and Secret
        { "configmap data change", Cm(immutable: null), o => (ConfigMap)o with { Data = new Dictionary<string, string> { ["k"] = "v2" } }, [] },
        { "immutable configmap data change", Cm(immutable: true), o => (ConfigMap)o with { Data = new Dictionary<string, string> { ["k"] = "v2" } }, [$"data: {ImmutableWhenSet}"] },
        {
            "immutable configmap made mutable and given binaryData", Cm(immutable: true), o => (ConfigMap)o with { Immutable = false, BinaryData = new Dictionary<string, string> { ["b"] = "AQI=" } },
            [$"immutable: {ImmutableWhenSet}", $"binaryData: {ImmutableWhenSet}"]
        },
        { "configmap made immutable", Cm(immutable: false), o => (ConfigMap)o with { Immutable = true }, [] },
        { "secret type changed", Sec(immutable: null), o => (Secret)o with { Type = "kubernetes.io/tls" }, ["type: Invalid value: \"kubernetes.io/tls\": field is immutable"] },
        { "secret type left empty keeps the old type", Sec(immutable: null), o => (Secret)o with { Type = null }, [] },
        {
            "immutable secret data change and flag removed", Sec(immutable: true), o => (Secret)o with { Immutable = null, Data = new Dictionary<string, string> { ["k"] = "djI=" } },
            [$"immutable: {ImmutableWhenSet}", $"data: {ImmutableWhenSet}"]
        },

        // cluster kinds
        {
            "priorityclass value and preemptionPolicy changed",
            new PriorityClass { Metadata = StoredMeta("high") with { Namespace = null }, Value = 1000, PreemptionPolicy = "PreemptLowerPriority" },
            o => (PriorityClass)o with { Value = 2000, PreemptionPolicy = "Never", Description = "x" },
            ["value: Forbidden: may not be changed in an update.", "preemptionPolicy: Invalid value: \"Never\": field is immutable"]
        },
        {
            "runtimeclass handler changed", new RuntimeClass { Metadata = StoredMeta("gvisor") with { Namespace = null }, Handler = "runsc" },
            o => (RuntimeClass)o with { Handler = "kata" },
            ["handler: Invalid value: \"kata\": field is immutable"]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Update_matches_upstream(string description, KubeObject stored, Func<KubeObject, KubeObject> update, string[] expected) =>
        Render(ObjectValidator.ValidateUpdate(update(stored), stored)).Should().Equal(expected, description);

    [Fact]
    public void Statefulset_forbidden_text_is_upstreams()
    {
        ObjectValidator.StatefulSetSpecUpdateForbidden.Should().Be(
            "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden");
    }

    private static ObjectMeta StoredMeta(string name = "web") => new()
    {
        Name = name,
        Namespace = "default",
        Uid = "uid-1",
        ResourceVersion = "3",
        CreationTimestamp = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
    };

    private static LabelSelector InSelector() => new() { MatchExpressions = [new LabelSelectorRequirement { Key = "app", Operator = "In", Values = ["web"] }] };

    private static PodTemplateSpec WithImage(PodTemplateSpec t, string image) =>
        t with { Spec = t.Spec! with { Containers = [t.Spec.Containers[0] with { Image = image }] } };

    private static Deployment Deploy() => new()
    {
        Metadata = StoredMeta(),
        Spec = new DeploymentSpec { Replicas = 1, Selector = AppSelector(), Template = Template(), Strategy = new DeploymentStrategy { Type = "RollingUpdate" } },
    };

    private static Deployment Deployment(KubeObject o, Func<DeploymentSpec, DeploymentSpec> f) => (Deployment)o with { Spec = f(((Deployment)o).Spec!) };

    private static ReplicationController Rc() => new()
    {
        Metadata = StoredMeta(),
        Spec = new ReplicationControllerSpec { Selector = new Dictionary<string, string> { ["app"] = "web" }, Template = Template() },
    };

    private static StatefulSet Sts() => new()
    {
        Metadata = StoredMeta(),
        Spec = new StatefulSetSpec { Replicas = 1, Selector = AppSelector(), Template = Template(), ServiceName = "web", PodManagementPolicy = "OrderedReady" },
    };

    private static StatefulSet StatefulSet(KubeObject o, Func<StatefulSetSpec, StatefulSetSpec> f) => (StatefulSet)o with { Spec = f(((StatefulSet)o).Spec!) };

    private static Job RunningJob() => new()
    {
        Metadata = StoredMeta(),
        Spec = new JobSpec { Completions = 1, Parallelism = 1, BackoffLimit = 6, Selector = AppSelector(), Template = Template(RestartPolicies.Never), CompletionMode = "NonIndexed", Suspend = false },
        Status = JobStatus(started: true),
    };

    private static Job IndexedJob() => RunningJob() with { Spec = RunningJob().Spec! with { CompletionMode = "Indexed", Completions = 2, Parallelism = 2 } };

    private static Job SuspendedJob(bool started) => RunningJob() with { Spec = RunningJob().Spec! with { Suspend = true }, Status = JobStatus(started) };

    private static Job Job(KubeObject o, Func<JobSpec, JobSpec> f) => (Job)o with { Spec = f(((Job)o).Spec!) };

    private static FreeformMapping JobStatus(bool started) =>
        new(started ? [KeyValuePair.Create("startTime", Text("2025-01-01T00:00:00Z"))] : []);

    private static FreeformMapping Claim(string name) =>
        new([KeyValuePair.Create<string, FreeformValue>("metadata", new FreeformMapping([KeyValuePair.Create("name", Text(name))]))]);

    private static FreeformValue Text(string text) => new FreeformScalar(text, FreeformScalarKind.String);

    private static CronJobSpec CronSpec() => new()
    {
        Schedule = "@hourly",
        ConcurrencyPolicy = "Allow",
        JobTemplate = new JobTemplateSpec { Spec = new JobSpec { Template = Template(RestartPolicies.OnFailure) } },
    };

    private static ConfigMap Cm(bool? immutable) => new() { Metadata = StoredMeta("cfg"), Immutable = immutable, Data = new Dictionary<string, string> { ["k"] = "v" } };

    private static Secret Sec(bool? immutable) => new() { Metadata = StoredMeta("sec"), Immutable = immutable, Type = "Opaque", Data = new Dictionary<string, string> { ["k"] = "djE=" } };
}
