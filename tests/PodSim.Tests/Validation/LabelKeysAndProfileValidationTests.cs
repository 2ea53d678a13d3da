using PodSim.Model;
using PodSim.Validation;
using static PodSim.Tests.Validation.ValidationFixtures;

namespace PodSim.Tests.Validation;

/// <summary>
/// matchLabelKeys and mismatchLabelKeys in pod affinity and topology spread, AppArmor localhost profile length, and
/// the seccomp and AppArmor annotations beside their fields (<c>pkg/apis/core/validation/validation.go</c>, with the
/// pod registry's <c>PrepareForCreate</c> applied first as the API server does).
/// </summary>
public class LabelKeysAndProfileValidationTests
{
    private const string Required = "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0]";
    private const string PreferredAnti = "spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm";
    private const string AppArmorKey = "container.apparmor.security.beta.kubernetes.io/app";
    private const string TooLongProfile = "Too long: may not be more than 4095 bytes";

    public static TheoryData<string, Func<Pod, Pod>, string[]> InvalidPods => new()
    {
        // pod affinity label keys
        { "matchLabelKeys key with an empty prefix", p => WithRequiredTerm(p, Term(match: ["/simple"])), [$"{Required}.matchLabelKeys[0]: Invalid value: \"/simple\": prefix part must be non-empty"] },
        {
            "mismatchLabelKeys key with an empty prefix in a preferred anti-affinity term",
            p => p.WithSpec(s => s with { Affinity = new Affinity { PodAntiAffinity = new PodAntiAffinity { PreferredDuringSchedulingIgnoredDuringExecution = [new WeightedPodAffinityTerm { Weight = 10, PodAffinityTerm = Term(mismatch: ["/simple"]) }] } } }),
            [$"{PreferredAnti}.mismatchLabelKeys[0]: Invalid value: \"/simple\": prefix part must be non-empty"]
        },
        {
            "matchLabelKeys without a labelSelector", p => WithRequiredTerm(p, Term(match: ["tier"]) with { LabelSelector = null }),
            [$"{Required}.matchLabelKeys: Forbidden: must not be specified when labelSelector is not set"]
        },
        {
            "mismatchLabelKeys without a labelSelector", p => WithRequiredTerm(p, Term(mismatch: ["tier"]) with { LabelSelector = null }),
            [$"{Required}.mismatchLabelKeys: Forbidden: must not be specified when labelSelector is not set"]
        },
        {
            "a key in both matchLabelKeys and the selector, the pod having the label",
            p => WithRequiredTerm(p, Term(match: ["app"]) with { LabelSelector = AppSelector() }),
            [$"{Required}[0]: Invalid value: \"app\": exists in both matchLabelKeys and labelSelector"]
        },
        {
            "a key listed twice in matchLabelKeys",
            p => WithRequiredTerm(p, Term(match: ["app", "app"]) with { LabelSelector = new LabelSelector() }),
            [$"{Required}[1]: Invalid value: \"app\": exists in both matchLabelKeys and labelSelector"]
        },
        {
            "a key in both matchLabelKeys and mismatchLabelKeys", p => WithRequiredTerm(p, Term(match: ["tier"], mismatch: ["tier"])),
            [$"{Required}.matchLabelKeys[0]: Invalid value: \"tier\": exists in both matchLabelKeys and mismatchLabelKeys"]
        },
        {
            "a key in both lists that the pod has a label for",
            p => WithRequiredTerm(p, Term(match: ["app"], mismatch: ["app"])),
            [
                $"{Required}[0]: Invalid value: \"app\": exists in both matchLabelKeys and labelSelector",
                $"{Required}.matchLabelKeys[0]: Invalid value: \"app\": exists in both matchLabelKeys and mismatchLabelKeys",
            ]
        },
        {
            "label key errors come before the topologyKey", p => WithRequiredTerm(p, Term(match: ["/simple"]) with { TopologyKey = null }),
            [$"{Required}.matchLabelKeys[0]: Invalid value: \"/simple\": prefix part must be non-empty", $"{Required}.topologyKey: Required value: can not be empty", $"{Required}.topologyKey: Invalid value: \"\": name part must be non-empty", $"{Required}.topologyKey: Invalid value: \"\": {QualifiedNameMsg}"]
        },

        // topology spread label keys
        { "spread matchLabelKeys key with an empty prefix", p => WithSpread(p, Spread(["/simple"])), ["spec.topologySpreadConstraints[0].matchLabelKeys[0]: Invalid value: \"/simple\": prefix part must be non-empty"] },
        { "spread matchLabelKeys without a labelSelector", p => WithSpread(p, Spread(["tier"]) with { LabelSelector = null }), ["spec.topologySpreadConstraints[0].matchLabelKeys: Forbidden: must not be specified when labelSelector is not set"] },
        { "spread key in both matchLabelKeys and the selector", p => WithSpread(p, Spread(["app"]) with { LabelSelector = AppSelector() }), ["spec.topologySpreadConstraints[0][0]: Invalid value: \"app\": exists in both matchLabelKeys and labelSelector"] },

        // AppArmor localhost profile length, in bytes
        {
            "container localhost profile over 4095 bytes", p => p.WithContainer(c => c with { SecurityContext = new SecurityContext { AppArmorProfile = Localhost(new string('a', 4096)) } }),
            [$"spec.containers[0].securityContext.appArmorProfile.localhostProfile: {TooLongProfile}"]
        },
        {
            "pod localhost profile over 4095 bytes", p => p.WithSpec(s => s with { SecurityContext = new PodSecurityContext { AppArmorProfile = Localhost(new string('a', 5000)) } }),
            [$"spec.securityContext.appArmorProfile.localhostProfile: {TooLongProfile}"]
        },
        {
            "localhost profile of 2048 two-byte characters", p => p.WithContainer(c => c with { SecurityContext = new SecurityContext { AppArmorProfile = Localhost(new string('é', 2048)) } }),
            [$"spec.containers[0].securityContext.appArmorProfile.localhostProfile: {TooLongProfile}"]
        },
        {
            "too long localhost profile in both the annotation and the field",
            p => WithAnnotation(p, AppArmorKey, "localhost/" + new string('a', 4096)).WithContainer(c => c with { SecurityContext = new SecurityContext { AppArmorProfile = Localhost(new string('a', 4096)) } }),
            [$"spec.containers[0].securityContext.appArmorProfile.localhostProfile: {TooLongProfile}"]
        },

        // AppArmor annotations
        {
            "AppArmor annotation type differs from the container field",
            p => WithAnnotation(p, AppArmorKey, "runtime/default").WithContainer(c => c with { SecurityContext = new SecurityContext { AppArmorProfile = new AppArmorProfile { Type = "Unconfined" } } }),
            ["spec.containers[0].securityContext.appArmorProfile.type: Forbidden: apparmor type in annotation and field must match"]
        },
        {
            "AppArmor localhost annotation beside a RuntimeDefault field",
            p => WithAnnotation(p, AppArmorKey, "localhost/foo").WithContainer(c => c with { SecurityContext = new SecurityContext { AppArmorProfile = new AppArmorProfile { Type = "RuntimeDefault" } } }),
            ["spec.containers[0].securityContext.appArmorProfile.type: Forbidden: apparmor type in annotation and field must match"]
        },
        {
            "AppArmor localhost profile differs between annotation and field",
            p => WithAnnotation(p, AppArmorKey, "localhost/foo").WithContainer(c => c with { SecurityContext = new SecurityContext { AppArmorProfile = Localhost("bar") } }),
            ["spec.containers[0].securityContext.appArmorProfile.localhostProfile: Forbidden: apparmor profile in annotation and field must match"]
        },
        {
            "AppArmor annotation for an init container differing from its field",
            p => WithAnnotation(p, "container.apparmor.security.beta.kubernetes.io/init", "unconfined").WithSpec(s => s with { InitContainers = [Ctr("init") with { SecurityContext = new SecurityContext { AppArmorProfile = new AppArmorProfile { Type = "RuntimeDefault" } } }] }),
            ["spec.initContainers[0].securityContext.appArmorProfile.type: Forbidden: apparmor type in annotation and field must match"]
        },
        {
            "pod-level AppArmor profile and an annotation that cannot become a field",
            p => WithAnnotation(p, AppArmorKey, "localhost/").WithSpec(s => s with { SecurityContext = new PodSecurityContext { AppArmorProfile = new AppArmorProfile { Type = "RuntimeDefault" } } }),
            ["spec.containers[0].securityContext.appArmorProfile.type: Forbidden: apparmor type in annotation and field must match"]
        },
        { "AppArmor annotation for no container", p => WithAnnotation(p, "container.apparmor.security.beta.kubernetes.io/nope", "runtime/default"), ["metadata.annotations[container.apparmor.security.beta.kubernetes.io/nope]: Invalid value: \"nope\": container not found"] },
        { "AppArmor annotation with an unknown profile", p => WithAnnotation(p, AppArmorKey, "bogus"), [$"metadata.annotations[{AppArmorKey}]: Invalid value: \"bogus\": invalid AppArmor profile name: \"bogus\""] },

        // seccomp annotations
        { "pod seccomp annotation with an unknown profile", p => WithAnnotation(p, "seccomp.security.alpha.kubernetes.io/pod", "bogus"), ["metadata.annotations.seccomp.security.alpha.kubernetes.io/pod: Invalid value: \"bogus\": must be a valid seccomp profile"] },
        {
            "container seccomp annotation with backsteps", p => WithAnnotation(p, "container.seccomp.security.alpha.kubernetes.io/app", "localhost/../x"),
            ["metadata.annotations.container.seccomp.security.alpha.kubernetes.io/app: Invalid value: \"../x\": must not contain '..'"]
        },
        {
            "seccomp annotation type differs from the container field",
            p => WithAnnotation(p, "container.seccomp.security.alpha.kubernetes.io/app", "runtime/default").WithContainer(c => c with { SecurityContext = new SecurityContext { SeccompProfile = new SeccompProfile { Type = "Unconfined" } } }),
            ["spec.containers[0].securityContext.seccompProfile.type: Forbidden: seccomp type in annotation and field must match"]
        },
        {
            "pod seccomp localhost profile differs between annotation and field",
            p => WithAnnotation(p, "seccomp.security.alpha.kubernetes.io/pod", "localhost/a.json").WithSpec(s => s with { SecurityContext = new PodSecurityContext { SeccompProfile = new SeccompProfile { Type = "Localhost", LocalhostProfile = "b.json" } } }),
            ["spec.securityContext.seccompProfile.localhostProfile: Forbidden: seccomp profile in annotation and field must match"]
        },
    };

    public static TheoryData<string, Func<Pod, Pod>> ValidPods => new()
    {
        { "matchLabelKeys and mismatchLabelKeys with a selector", p => WithRequiredTerm(p, Term(match: ["app", "pod-template-hash"], mismatch: ["tier"])) },
        { "a selector key repeated in matchLabelKeys the pod has no label for", p => WithRequiredTerm(p, Term(match: ["tier"]) with { LabelSelector = new LabelSelector { MatchLabels = new Dictionary<string, string> { ["tier"] = "db" } } }) },
        { "spread matchLabelKeys with a selector", p => WithSpread(p, Spread(["pod-template-hash", "app"])) },
        { "localhost profile of exactly 4095 bytes", p => p.WithContainer(c => c with { SecurityContext = new SecurityContext { AppArmorProfile = Localhost(new string('a', 4095)) } }) },
        {
            "matching AppArmor annotation and field",
            p => WithAnnotation(p, AppArmorKey, "localhost/foo").WithContainer(c => c with { SecurityContext = new SecurityContext { AppArmorProfile = Localhost("foo") } })
        },
        {
            "container annotation beside a different pod-level profile, which the API server copies to the container",
            p => WithAnnotation(p, AppArmorKey, "runtime/default").WithSpec(s => s with { SecurityContext = new PodSecurityContext { AppArmorProfile = new AppArmorProfile { Type = "Unconfined" } } })
        },
        { "a long localhost annotation alone, whose prefix is all upstream checks", p => WithAnnotation(p, AppArmorKey, "localhost/" + new string('a', 4096)) },
        {
            "matching seccomp annotations and fields",
            p => WithAnnotation(WithAnnotation(p, "seccomp.security.alpha.kubernetes.io/pod", "docker/default"), "container.seccomp.security.alpha.kubernetes.io/app", "localhost/p.json")
                .WithSpec(s => s with { SecurityContext = new PodSecurityContext { SeccompProfile = new SeccompProfile { Type = "RuntimeDefault" } } })
                .WithContainer(c => c with { SecurityContext = new SecurityContext { SeccompProfile = new SeccompProfile { Type = "Localhost", LocalhostProfile = "p.json" } } })
        },
    };

    [Theory]
    [MemberData(nameof(InvalidPods))]
    public void Invalid_pod_reports_upstream_errors(string description, Func<Pod, Pod> mutate, string[] expected)
    {
        Render(PodValidation.ValidatePod(mutate(ValidPod()))).Should().Equal(expected, description);
    }

    [Theory]
    [MemberData(nameof(ValidPods))]
    public void Valid_pod_has_no_errors(string description, Func<Pod, Pod> mutate)
    {
        Render(PodValidation.ValidatePod(mutate(ValidPod()))).Should().BeEmpty(description);
    }

    [Fact]
    public void Template_inherits_the_pod_level_AppArmor_profile_when_matching_annotations()
    {
        // No PrepareForCreate runs for templates, so the container is checked against the pod-level profile.
        var template = Template() with
        {
            Metadata = new ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = "web" }, Annotations = new Dictionary<string, string> { [AppArmorKey] = "runtime/default" } },
        };
        template = template with { Spec = template.Spec! with { SecurityContext = new PodSecurityContext { AppArmorProfile = new AppArmorProfile { Type = "Unconfined" } } } };

        Render(PodValidation.ValidatePodTemplateSpec(template, FieldPath.New("spec").Child("template"))).Should().Equal(
            "spec.template.spec.containers[0].securityContext.appArmorProfile.type: Forbidden: apparmor type in annotation and field must match");
    }

    [Fact]
    public void Template_annotations_are_reported_under_the_template_path()
    {
        var template = Template() with
        {
            Metadata = new ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = "web" }, Annotations = new Dictionary<string, string> { ["container.apparmor.security.beta.kubernetes.io/nope"] = "bogus" } },
        };

        Render(PodValidation.ValidatePodTemplateSpec(template, FieldPath.New("spec").Child("template"))).Should().Equal(
            "spec.template.annotations[container.apparmor.security.beta.kubernetes.io/nope]: Invalid value: \"nope\": container not found",
            "spec.template.annotations[container.apparmor.security.beta.kubernetes.io/nope]: Invalid value: \"bogus\": invalid AppArmor profile name: \"bogus\"");
    }

    [Fact]
    public void Template_label_keys_are_checked_without_a_merge()
    {
        // The key is only in the template's selector once, so nothing repeats.
        var template = Template();
        template = template with { Spec = template.Spec! with { TopologySpreadConstraints = [Spread(["app"]) with { LabelSelector = AppSelector() }] } };
        Render(PodValidation.ValidatePodTemplateSpec(template, FieldPath.New("spec").Child("template"))).Should().BeEmpty();
    }

    private static PodAffinityTerm Term(string[]? match = null, string[]? mismatch = null) => new()
    {
        LabelSelector = new LabelSelector { MatchLabels = new Dictionary<string, string> { ["role"] = "cache" } },
        TopologyKey = "kubernetes.io/hostname",
        MatchLabelKeys = match ?? [],
        MismatchLabelKeys = mismatch ?? [],
    };

    private static TopologySpreadConstraint Spread(string[] keys) => new()
    {
        MaxSkew = 1,
        TopologyKey = "topology.kubernetes.io/zone",
        WhenUnsatisfiable = "DoNotSchedule",
        LabelSelector = new LabelSelector { MatchLabels = new Dictionary<string, string> { ["role"] = "cache" } },
        MatchLabelKeys = keys,
    };

    private static AppArmorProfile Localhost(string name) => new() { Type = "Localhost", LocalhostProfile = name };

    private static Pod WithRequiredTerm(Pod pod, PodAffinityTerm term) =>
        pod.WithSpec(s => s with { Affinity = new Affinity { PodAffinity = new PodAffinity { RequiredDuringSchedulingIgnoredDuringExecution = [term] } } });

    private static Pod WithSpread(Pod pod, TopologySpreadConstraint constraint) => pod.WithSpec(s => s with { TopologySpreadConstraints = [constraint] });

    private static Pod WithAnnotation(Pod pod, string key, string value) =>
        pod with { Metadata = pod.Metadata with { Annotations = new Dictionary<string, string>(pod.Metadata.Annotations) { [key] = value } } };
}
