using PodSim.Model;
using PodSim.Validation;
using static PodSim.Tests.Validation.ValidationFixtures;

namespace PodSim.Tests.Validation;

/// <summary>
/// Pod updates (<c>ValidatePodUpdate</c> in <c>pkg/apis/core/validation/validation.go</c>), cases after upstream's
/// <c>TestValidatePodUpdate</c>, with the full error text.
/// </summary>
public class PodUpdateValidationTests
{
    private const string Forbidden = "spec: Forbidden: " + ObjectValidator.PodSpecUpdateForbidden;
    private const string AppArmorKey = "container.apparmor.security.beta.kubernetes.io/app";
    private const string MirrorKey = "kubernetes.io/config.mirror";

    public static TheoryData<string, Func<Pod, Pod>, Func<Pod, Pod>, string[]> Cases => new()
    {
        // metadata
        { "labels may change", p => p, p => p with { Metadata = p.Metadata with { Labels = new Dictionary<string, string> { ["app"] = "web", ["tier"] = "front" } } }, [] },
        { "annotations may change", p => p, p => p with { Metadata = p.Metadata with { Annotations = new Dictionary<string, string> { ["note"] = "x" } } }, [] },
        { "name change", p => p, p => p with { Metadata = p.Metadata with { Name = "web2" } }, ["metadata.name: Invalid value: \"web2\": field is immutable"] },
        {
            "invalid label on update", p => p, p => p with { Metadata = p.Metadata with { Labels = new Dictionary<string, string> { ["app"] = "bad value" } } },
            [$"metadata.labels: Invalid value: \"bad value\": {LabelValueMsg}"]
        },
        {
            "AppArmor annotation added", p => p, p => p with { Metadata = p.Metadata with { Annotations = new Dictionary<string, string> { [AppArmorKey] = "runtime/default" } } },
            [$"metadata.annotations[{AppArmorKey}]: Forbidden: may not add AppArmor annotations"]
        },
        {
            "AppArmor annotation changed",
            p => p with { Metadata = p.Metadata with { Annotations = new Dictionary<string, string> { [AppArmorKey] = "runtime/default" } } },
            p => p with { Metadata = p.Metadata with { Annotations = new Dictionary<string, string> { [AppArmorKey] = "unconfined" } } },
            [$"metadata.annotations[{AppArmorKey}]: Forbidden: may not remove or update AppArmor annotations"]
        },
        {
            "mirror pod annotation removed",
            p => p.WithSpec(s => s with { NodeName = "node-1" }) with { Metadata = p.Metadata with { Annotations = new Dictionary<string, string> { [MirrorKey] = "abc" } } },
            p => p with { Metadata = p.Metadata with { Annotations = new Dictionary<string, string>() } },
            [$"metadata.annotations[{MirrorKey}]: Forbidden: may not remove or update mirror pod annotation"]
        },

        // containers
        { "image change", p => p, p => p.WithContainer(c => c with { Image = "nginx:1.27" }), [] },
        {
            "init container image change",
            p => p.WithSpec(s => s with { InitContainers = [Ctr("init")] }),
            p => p.WithSpec(s => s with { InitContainers = [Ctr("init") with { Image = "busybox:1.37" }] }),
            []
        },
        { "image change to empty", p => p, p => p.WithContainer(c => c with { Image = "" }), ["spec.containers[0].image: Required value"] },
        { "image with surrounding whitespace", p => p, p => p.WithContainer(c => c with { Image = " nginx" }), ["spec.containers[0].image: Invalid value: \" nginx\": must not have leading or trailing whitespace"] },
        { "more containers", p => p, p => p.WithSpec(s => s with { Containers = [.. s.Containers, Ctr("sidecar")] }), ["spec.containers: Forbidden: pod updates may not add or remove containers"] },
        {
            "less init containers", p => p.WithSpec(s => s with { InitContainers = [Ctr("init")] }), p => p.WithSpec(s => s with { InitContainers = [] }),
            ["spec.initContainers: Forbidden: pod updates may not add or remove containers"]
        },

        // activeDeadlineSeconds
        { "activeDeadlineSeconds change to positive from nil", p => p, p => Ads(p, 30), [] },
        { "activeDeadlineSeconds change to smaller positive", p => Ads(p, 30), p => Ads(p, 10), [] },
        { "activeDeadlineSeconds change to larger positive", p => Ads(p, 30), p => Ads(p, 31), ["spec.activeDeadlineSeconds: Invalid value: 31: must be less than or equal to previous value"] },
        { "activeDeadlineSeconds change to zero from positive", p => Ads(p, 30), p => Ads(p, 0), ["spec.activeDeadlineSeconds: Invalid value: 0: must be between 1 and 2147483647, inclusive"] },
        {
            "activeDeadlineSeconds change to negative from positive", p => Ads(p, 30), p => Ads(p, -30),
            ["spec.activeDeadlineSeconds: Invalid value: -30: must be between 1 and 2147483647, inclusive", "spec.activeDeadlineSeconds: Invalid value: -30: must be between 0 and 2147483647, inclusive"]
        },
        { "activeDeadlineSeconds change to nil from positive", p => Ads(p, 30), p => p.WithSpec(s => s with { ActiveDeadlineSeconds = null }), ["spec.activeDeadlineSeconds: Invalid value: null: must not update from a positive integer to nil value"] },

        // tolerations
        { "toleration added", p => p, p => p.WithSpec(s => s with { Tolerations = [Tol("a")] }), [] },
        { "toleration added beside an existing one", p => p.WithSpec(s => s with { Tolerations = [Tol("a")] }), p => p.WithSpec(s => s with { Tolerations = [Tol("b"), Tol("a")] }), [] },
        {
            "tolerationSeconds changed", p => p.WithSpec(s => s with { Tolerations = [Tol("a") with { TolerationSeconds = 10 }] }),
            p => p.WithSpec(s => s with { Tolerations = [Tol("a") with { TolerationSeconds = 20 }] }),
            []
        },
        {
            "toleration removed", p => p.WithSpec(s => s with { Tolerations = [Tol("a")] }), p => p.WithSpec(s => s with { Tolerations = [] }),
            ["spec.tolerations: Forbidden: existing toleration can not be modified except its tolerationSeconds"]
        },
        {
            "toleration value changed", p => p.WithSpec(s => s with { Tolerations = [Tol("a")] }), p => p.WithSpec(s => s with { Tolerations = [Tol("a") with { Value = "w" }] }),
            ["spec.tolerations: Forbidden: existing toleration can not be modified except its tolerationSeconds"]
        },

        // terminationGracePeriodSeconds
        { "terminationGracePeriodSeconds from negative to 1", p => p.WithSpec(s => s with { TerminationGracePeriodSeconds = -1 }), p => p.WithSpec(s => s with { TerminationGracePeriodSeconds = 1 }), [] },
        {
            "terminationGracePeriodSeconds change", p => p, p => p.WithSpec(s => s with { TerminationGracePeriodSeconds = 31 }),
            [Forbidden + "\n- spec.terminationGracePeriodSeconds: 30\n+ spec.terminationGracePeriodSeconds: 31"]
        },

        // other spec fields
        {
            "nodeName change", p => p.WithSpec(s => s with { NodeName = "node-1" }), p => p.WithSpec(s => s with { NodeName = "node-2" }),
            [Forbidden + "\n- spec.nodeName: \"node-1\"\n+ spec.nodeName: \"node-2\""]
        },
        { "nodeName removed", p => p.WithSpec(s => s with { NodeName = "node-1" }), p => p.WithSpec(s => s with { NodeName = null }), [Forbidden + "\n- spec.nodeName: \"node-1\""] },
        {
            "port change", p => p.WithContainer(c => c with { Ports = [Port(80)] }), p => p.WithContainer(c => c with { Ports = [Port(8080)] }),
            [Forbidden + "\n- spec.containers[0].ports[0].containerPort: 80\n+ spec.containers[0].ports[0].containerPort: 8080"]
        },
        {
            "image and env change show only the env", p => p,
            p => p.WithContainer(c => c with { Image = "nginx:1.27", Env = [new EnvVar { Name = "MODE", Value = "fast" }] }),
            [Forbidden + "\n+ spec.containers[0].env: [{\"name\":\"MODE\",\"value\":\"fast\"}]"]
        },
        {
            "cpu request change (resize goes through the resize subresource)",
            p => p.WithContainer(c => c with { Resources = new ResourceRequirements { Requests = new Dictionary<string, Quantity> { ["cpu"] = Quantity.Parse("100m") } } }),
            p => p.WithContainer(c => c with { Resources = new ResourceRequirements { Requests = new Dictionary<string, Quantity> { ["cpu"] = Quantity.Parse("200m") } } }),
            [Forbidden + "\n- spec.containers[0].resources.requests[cpu]: \"100m\"\n+ spec.containers[0].resources.requests[cpu]: \"200m\""]
        },
        {
            "the same quantity written differently is no change",
            p => p.WithContainer(c => c with { Resources = new ResourceRequirements { Requests = new Dictionary<string, Quantity> { ["cpu"] = Quantity.Parse("1") } } }),
            p => p.WithContainer(c => c with { Resources = new ResourceRequirements { Requests = new Dictionary<string, Quantity> { ["cpu"] = Quantity.Parse("1000m") } } }),
            []
        },
        {
            "nodeSelector added to an ungated pod", p => p, p => p.WithSpec(s => s with { NodeSelector = new Dictionary<string, string> { ["zone"] = "a" } }),
            [Forbidden + "\n+ spec.nodeSelector: {\"zone\":\"a\"}"]
        },

        // scheduling gates and gated pods
        { "scheduling gate removed", p => Gated(p, "example.com/a", "example.com/b"), p => Gated(p, "example.com/a"), [] },
        { "all scheduling gates removed", p => Gated(p, "example.com/a"), p => Gated(p), [] },
        {
            "scheduling gate added", p => Gated(p, "example.com/a"), p => Gated(p, "example.com/a", "example.com/b"),
            ["spec.schedulingGates[1].name: Forbidden: only deletion is allowed, but found new scheduling gate 'example.com/b'"]
        },
        {
            "nodeSelector added to a gated pod", p => Gated(p, "example.com/a").WithSpec(s => s with { NodeSelector = new Dictionary<string, string> { ["disk"] = "ssd" } }),
            p => Gated(p, "example.com/a").WithSpec(s => s with { NodeSelector = new Dictionary<string, string> { ["disk"] = "ssd", ["zone"] = "a" } }),
            []
        },
        {
            "nodeSelector changed on a gated pod", p => Gated(p, "example.com/a").WithSpec(s => s with { NodeSelector = new Dictionary<string, string> { ["disk"] = "ssd" } }),
            p => Gated(p, "example.com/a").WithSpec(s => s with { NodeSelector = new Dictionary<string, string> { ["disk"] = "hdd" } }),
            ["spec.nodeSelector: Invalid value: {\"disk\":\"hdd\"}: only additions to spec.nodeSelector are allowed (no mutations or deletions)"]
        },
        {
            "node affinity requirement added to a gated pod", p => Gated(p, "example.com/a").WithSpec(s => s with { Affinity = Required(Term(Req("disk", "ssd"))) }),
            p => Gated(p, "example.com/a").WithSpec(s => s with { Affinity = Required(Term(Req("disk", "ssd"), Req("zone", "a"))) }),
            []
        },
        {
            "node affinity set on a gated pod without one", p => Gated(p, "example.com/a"),
            p => Gated(p, "example.com/a").WithSpec(s => s with { Affinity = Required(Term(Req("disk", "ssd"))) }),
            []
        },
        {
            "node affinity term added to a gated pod", p => Gated(p, "example.com/a").WithSpec(s => s with { Affinity = Required(Term(Req("disk", "ssd"))) }),
            p => Gated(p, "example.com/a").WithSpec(s => s with { Affinity = Required(Term(Req("disk", "ssd")), Term(Req("zone", "a"))) }),
            ["spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms: Invalid value: [{\"matchExpressions\":[{\"key\":\"disk\",\"operator\":\"In\",\"values\":[\"ssd\"]}]},{\"matchExpressions\":[{\"key\":\"zone\",\"operator\":\"In\",\"values\":[\"a\"]}]}]: no additions/deletions to non-empty NodeSelectorTerms list are allowed"]
        },
        {
            "node affinity requirement changed on a gated pod", p => Gated(p, "example.com/a").WithSpec(s => s with { Affinity = Required(Term(Req("disk", "ssd"))) }),
            p => Gated(p, "example.com/a").WithSpec(s => s with { Affinity = Required(Term(Req("disk", "hdd"))) }),
            ["spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0]: Invalid value: {\"matchExpressions\":[{\"key\":\"disk\",\"operator\":\"In\",\"values\":[\"hdd\"]}]}: only additions are allowed (no mutations or deletions)"]
        },
        {
            "node affinity requirement added once the gates are gone", p => p.WithSpec(s => s with { Affinity = Required(Term(Req("disk", "ssd"))) }),
            p => p.WithSpec(s => s with { Affinity = Required(Term(Req("disk", "ssd"), Req("zone", "a"))) }),
            [Forbidden + "\n+ spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[1]: {\"key\":\"zone\",\"operator\":\"In\",\"values\":[\"a\"]}"]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Pod_update_matches_upstream(string description, Func<Pod, Pod> old, Func<Pod, Pod> updated, string[] expected)
    {
        var stored = old(Stored());
        Render(ObjectValidator.ValidateUpdate(updated(stored), stored)).Should().Equal(expected, description);
    }

    [Fact]
    public void Forbidden_text_is_upstreams_list_of_mutable_fields()
    {
        ObjectValidator.PodSpecUpdateForbidden.Should().Be(
            "pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)");
    }

    [Fact]
    public void Several_forbidden_changes_are_one_error_listing_each_field_in_order()
    {
        var stored = Stored().WithSpec(s => s with { NodeName = "node-1", Hostname = "a" });
        var updated = stored.WithSpec(s => s with { NodeName = "node-2", Hostname = "b", RestartPolicy = RestartPolicies.Never });
        var errors = ObjectValidator.ValidateUpdate(updated, stored);
        errors.Should().ContainSingle();
        errors[0].Field.Should().Be("spec");
        errors[0].Type.Should().Be(FieldErrorType.Forbidden);
        errors[0].Detail.Split('\n').Should().Equal(
            ObjectValidator.PodSpecUpdateForbidden,
            "- spec.restartPolicy: \"Always\"",
            "+ spec.restartPolicy: \"Never\"",
            "- spec.nodeName: \"node-1\"",
            "+ spec.nodeName: \"node-2\"",
            "- spec.hostname: \"a\"",
            "+ spec.hostname: \"b\"");
    }

    [Fact]
    public void Create_only_rules_do_not_apply_on_update()
    {
        // A stored pod may carry ephemeral containers (added through their subresource); an unrelated update keeps them.
        var debug = new EphemeralContainer { Name = "debug", Image = "busybox", ImagePullPolicy = "IfNotPresent", TerminationMessagePolicy = "File", TargetContainerName = "app" };
        var stored = Stored().WithSpec(s => s with { EphemeralContainers = [debug] });
        var updated = stored with { Metadata = stored.Metadata with { Labels = new Dictionary<string, string> { ["app"] = "web", ["v"] = "2" } } };
        ObjectValidator.ValidateUpdate(updated, stored).Should().BeEmpty();
    }

    [Fact]
    public void Update_of_objects_of_different_kinds_is_refused()
    {
        var act = () => ObjectValidator.ValidateUpdate(Stored(), new ConfigMap { Metadata = Meta() });
        act.Should().Throw<ArgumentException>().WithMessage("cannot validate an update from ConfigMap to Pod*");
    }

    internal static Pod Stored()
    {
        var pod = ValidPod();
        return pod with
        {
            Metadata = pod.Metadata with
            {
                Uid = "6f1d2c3e-0000-4000-8000-000000000001",
                ResourceVersion = "7",
                CreationTimestamp = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
            },
        };
    }

    private static Pod Ads(Pod p, long seconds) => p.WithSpec(s => s with { ActiveDeadlineSeconds = seconds });

    private static Pod Gated(Pod p, params string[] gates) =>
        p.WithSpec(s => s with { SchedulingGates = [.. gates.Select(g => new PodSchedulingGate { Name = g })] });

    private static Toleration Tol(string key) => new() { Key = key, Operator = "Equal", Value = "v", Effect = "NoExecute" };

    private static ContainerPort Port(int port) => new() { Port = port, Protocol = "TCP" };

    private static NodeSelectorRequirement Req(string key, string value) => new() { Key = key, Operator = "In", Values = [value] };

    private static NodeSelectorTerm Term(params NodeSelectorRequirement[] requirements) => new() { MatchExpressions = requirements };

    private static Affinity Required(params NodeSelectorTerm[] terms) =>
        new() { NodeAffinity = new NodeAffinity { RequiredDuringSchedulingIgnoredDuringExecution = new NodeSelector { NodeSelectorTerms = terms } } };
}
