using PodSim.Manifests;
using PodSim.Model;
using PodSim.Tests.Support;
using PodSim.Validation;
using static PodSim.Tests.Validation.ValidationFixtures;

namespace PodSim.Tests.Validation;

public class ObjectValidatorTests
{
    public static TheoryData<string, KubeObject, string[]> Objects => new()
    {
        { "valid deployment", Deploy(), [] },
        { "deployment template restartPolicy Never", Deploy(template: Template(RestartPolicies.Never)), ["spec.template.spec.restartPolicy: Unsupported value: \"Never\": supported values: \"Always\""] },
        { "deployment without selector", DeployWithSelector(null), ["spec.selector: Required value"] },
        { "deployment with empty selector", DeployWithSelector(new LabelSelector()), ["spec.selector: Invalid value: {}: empty selector is invalid for deployment"] },
        {
            "deployment selector does not match template",
            DeployWithSelector(new LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "db" } }),
            ["spec.template.metadata.labels: Invalid value: {\"app\":\"web\"}: `selector` does not match template `labels`"]
        },
        {
            "deployment template container errors use the template path",
            Deploy(template: Template() with { Spec = Template().Spec! with { Containers = [Ctr("Web_1")] } }),
            [$"spec.template.spec.containers[0].name: Invalid value: \"Web_1\": {Dns1123LabelMsg}"]
        },
        { "replicaset with activeDeadlineSeconds", new ReplicaSet { Metadata = Meta(), Spec = new ReplicaSetSpec { Selector = AppSelector(), Template = Template() with { Spec = Template().Spec! with { ActiveDeadlineSeconds = 10 } } } }, ["spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in ReplicaSet is not Supported"] },
        { "daemonset with OnFailure", new DaemonSet { Metadata = Meta(), Spec = new DaemonSetSpec { Selector = AppSelector(), Template = Template(RestartPolicies.OnFailure) } }, ["spec.template.spec.restartPolicy: Unsupported value: \"OnFailure\": supported values: \"Always\""] },
        { "statefulset with empty selector", new StatefulSet { Metadata = Meta(), Spec = new StatefulSetSpec { Selector = new LabelSelector(), Template = Template(), PodManagementPolicy = "OrderedReady" } }, ["spec.selector: Invalid value: {}: empty selector is invalid for statefulset"] },
        { "job keeps the defaulted Always", new Job { Metadata = Meta(), Spec = new JobSpec { Template = Template() } }, ["spec.template.spec.restartPolicy: Unsupported value: \"Always\": supported values: \"OnFailure\", \"Never\""] },
        { "valid job", new Job { Metadata = Meta(), Spec = new JobSpec { Template = Template(RestartPolicies.Never), BackoffLimit = 6 } }, [] },
        { "job with negative backoffLimit", new Job { Metadata = Meta(), Spec = new JobSpec { Template = Template(RestartPolicies.Never), BackoffLimit = -1 } }, ["spec.backoffLimit: Invalid value: -1: must be greater than or equal to 0"] },
        {
            "cronjob template path",
            new CronJob { Metadata = Meta(), Spec = new CronJobSpec { Schedule = "*/5 * * * *", ConcurrencyPolicy = "Allow", JobTemplate = new JobTemplateSpec { Spec = new JobSpec { Template = Template() } } } },
            ["spec.jobTemplate.spec.template.spec.restartPolicy: Unsupported value: \"Always\": supported values: \"OnFailure\", \"Never\""]
        },
        {
            "cronjob name longer than 52",
            new CronJob { Metadata = Meta(new string('a', 53)), Spec = new CronJobSpec { Schedule = "@hourly", ConcurrencyPolicy = "Allow", JobTemplate = new JobTemplateSpec { Spec = new JobSpec { Template = Template(RestartPolicies.OnFailure) } } } },
            [$"metadata.name: Invalid value: \"{new string('a', 53)}\": must be no more than 52 characters"]
        },
        {
            "replication controller selector mismatch and Never",
            new ReplicationController { Metadata = Meta(), Spec = new ReplicationControllerSpec { Selector = new Dictionary<string, string> { ["app"] = "db" }, Template = Template(RestartPolicies.Never) } },
            ["spec.template.metadata.labels: Invalid value: {\"app\":\"web\"}: `selector` does not match template `labels`", "spec.template.spec.restartPolicy: Unsupported value: \"Never\": supported values: \"Always\""]
        },
        { "service names are DNS-1035 labels", new Service { Metadata = Meta("1svc") }, [$"metadata.name: Invalid value: \"1svc\": {Dns1035LabelMsg}"] },
        { "configmap name", new ConfigMap { Metadata = Meta("Cfg") }, [$"metadata.name: Invalid value: \"Cfg\": {Dns1123SubdomainMsg}"] },
        { "cluster-scoped kind with a namespace", new PriorityClass { Metadata = Meta("high") }, ["metadata.namespace: Forbidden: not allowed on this type"] },
        { "unknown kind", new CustomThing { Metadata = new ObjectMeta() }, [] },
    };

    [Theory]
    [MemberData(nameof(Objects))]
    public void Validate_dispatches_by_kind(string description, KubeObject obj, string[] expected) =>
        Render(ObjectValidator.Validate(obj)).Should().Equal(expected, description);

    [Fact]
    public void A_loaded_pod_validates_with_no_errors_because_a_copy_is_defaulted_first()
    {
        var path = Path.Combine(SharedPaths.RepositoryRoot, "samples", "manifests", "web-pod.yaml");
        var pod = new ManifestLoader().LoadFiles(path).OfType<Pod>().Single();

        ObjectValidator.Validate(pod).Should().BeEmpty();
        pod.Spec!.RestartPolicy.Should().BeNull("the object given is not changed");
        ObjectValidator.ValidateDefaulted(pod).Should().Contain(
            e => e.Type == FieldErrorType.Required, "without the defaults, fields the API server fills in would be missing");
    }

    [Fact]
    public void Template_rejects_ephemeral_containers_and_allows_hostPort_zero_with_hostNetwork()
    {
        var spec = ValidSpec() with
        {
            HostNetwork = true,
            Containers = [Ctr() with { Ports = [new ContainerPort { Port = 80, Protocol = "TCP" }] }],
            EphemeralContainers = [new EphemeralContainer { Name = "debug", Image = "busybox", ImagePullPolicy = "IfNotPresent", TerminationMessagePolicy = "File" }],
        };
        var errors = PodValidation.ValidatePodTemplateSpec(new PodTemplateSpec { Spec = spec }, FieldPath.New("spec").Child("template"));
        Render(errors).Should().Equal("spec.template.spec.ephemeralContainers: Forbidden: ephemeral containers not allowed in pod template");
    }

    [Fact]
    public void Template_rejects_a_mismatched_hostPort_with_hostNetwork()
    {
        var spec = ValidSpec() with { HostNetwork = true, Containers = [Ctr() with { Ports = [new ContainerPort { Port = 80, HostPort = 81, Protocol = "TCP" }] }] };
        Render(PodValidation.ValidatePodSpec(spec, FieldPath.New("spec").Child("template", "spec"))).Should().Equal(
            "spec.template.spec.containers[0].ports[0].hostPort: Invalid value: 81: must match `containerPort` when `hostNetwork` is true");
    }

    [Fact]
    public void Label_selector_rules_match_upstream()
    {
        var selector = new LabelSelector
        {
            MatchExpressions =
            [
                new LabelSelectorRequirement { Key = "a", Operator = "In" },
                new LabelSelectorRequirement { Key = "b", Operator = "Exists", Values = ["x"] },
                new LabelSelectorRequirement { Key = "c", Operator = "in", Values = ["x"] },
            ],
        };
        Render(LabelValidation.ValidateLabelSelector(selector, FieldPath.New("spec").Child("selector"))).Should().Equal(
            "spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'",
            "spec.selector.matchExpressions[1].values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
            "spec.selector.matchExpressions[2].operator: Invalid value: \"in\": not a valid selector operator");
    }

    [Theory]
    [InlineData("my-name", new string[0])]
    [InlineData("a.b", new[] { "must not contain dots" })]
    [InlineData("-x", new[] { Dns1123LabelMsg })]
    public void Dns1123_label_messages(string value, string[] expected) => NameValidation.IsDns1123Label(value).Should().Equal(expected);

    [Fact]
    public void Over_long_label_reports_length_and_keeps_the_double_space()
    {
        NameValidation.IsDns1123Label(new string('a', 64)).Should().Equal("must be no more than 63 characters");
        Dns1123LabelMsg.Should().Contain("'my-name',  or '123-abc'");
        NameValidation.IsDns1123Label("abc\n").Should().Equal(Dns1123LabelMsg);
    }

    private static Deployment Deploy(PodTemplateSpec? template = null) => DeployWithSelector(AppSelector(), template);

    private static Deployment DeployWithSelector(LabelSelector? selector, PodTemplateSpec? template = null) => new()
    {
        Metadata = Meta(),
        Spec = new DeploymentSpec { Replicas = 1, Selector = selector, Template = template ?? Template(), Strategy = new DeploymentStrategy { Type = "RollingUpdate" } },
    };

    private sealed record CustomThing : KubeObject;
}
