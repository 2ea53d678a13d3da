using PodSim.Manifests;
using PodSim.Model;
using PodSim.Tests.Support;

namespace PodSim.Tests.Validation;

/// <summary><see cref="ManifestValidation"/>: load, default and validate in one call, every error located.</summary>
public class ManifestValidationTests
{
    private static string Sample(string name) => Path.Combine(SharedPaths.RepositoryRoot, "samples", "manifests", name);

    [Fact]
    public void A_pod_as_a_user_writes_it_is_valid_and_comes_back_defaulted()
    {
        var result = ManifestValidation.ValidateFiles(Sample("web-pod.yaml"));

        result.Diagnostics.Should().BeEmpty();
        result.IsValid.Should().BeTrue();
        var pod = result.Objects.Should().ContainSingle().Which.Object.Should().BeOfType<Pod>().Subject;
        pod.Metadata!.Namespace.Should().Be("default");
        pod.Spec!.RestartPolicy.Should().Be(RestartPolicies.Always);
        pod.Spec.Containers[0].ImagePullPolicy.Should().Be(PullPolicies.IfNotPresent);
        pod.Spec.Containers[0].Resources!.Requests.Should().ContainKey(ResourceNames.Cpu, "requests are copied from limits");
        result.Objects[0].Source.Object.Should().NotBeSameAs(pod, "the loaded object is kept as it was");
    }

    [Fact]
    public void Errors_are_located_as_the_command_line_prints_them()
    {
        var path = Sample("broken-pod.yaml");

        var result = ManifestValidation.ValidateFiles(path);

        result.IsValid.Should().BeFalse();
        result.Errors.Select(e => e.ToString()).Should().Equal(
            path + ":5:9: Pod/Broken_Pod: metadata.name: Invalid value: \"Broken_Pod\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
            path + ":17:9: Pod/Broken_Pod: spec.containers[0].resources.requests: Invalid value: \"2\": must be less than or equal to cpu limit of 1",
            path + ":12:22: Pod/Broken_Pod: spec.containers[0].livenessProbe.periodSeconds: Invalid value: -5: must be greater than or equal to 0",
            path + ":7:18: Pod/Broken_Pod: spec.restartPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"OnFailure\", \"Never\"");
        result.Objects.Single().Errors.Should().Equal(result.Errors);
        result.Errors[3].FieldPath.Should().Be("spec.restartPolicy");
        result.Errors[3].Location.Should().Be(new SourceLocation(path, 7, 18));
    }

    [Fact]
    public void Loading_problems_come_first_and_warnings_do_not_make_it_invalid()
    {
        const string yaml = """
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
              - {name: app, image: nginx, imagePullPolicyy: Always}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: Bad}
            spec:
              containers: [{name: app, image: nginx}]
            """;

        var result = ManifestValidation.ValidateYaml(yaml, "pods.yaml");

        result.Warnings.Select(w => w.ToString()).Should().Equal("pods.yaml:6:31: Pod/web: spec.containers[0].imagePullPolicyy: unknown field");
        result.Errors.Should().ContainSingle().Which.ToString().Should().StartWith("pods.yaml:10:18: Pod/Bad: metadata.name: Invalid value: \"Bad\"");
        result.Diagnostics[0].Severity.Should().Be(DiagnosticSeverity.Warning);
        result.Objects.Should().HaveCount(2);
        result.Objects[0].Errors.Should().BeEmpty();
    }

    [Fact]
    public void A_second_scenario_or_a_repeated_name_in_one_file_is_refused_but_not_across_files()
    {
        const string yaml = """
            apiVersion: podsim.io/v1alpha1
            kind: Scenario
            metadata: {name: a}
            ---
            apiVersion: podsim.io/v1alpha1
            kind: Scenario
            metadata: {name: b}
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: c}
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: c}
            """;
        var loader = new ManifestLoader();

        var one = ManifestValidation.Validate(loader.LoadString(yaml, "one.yaml"));
        var apart = ManifestValidation.Validate(new ManifestLoadResult(
            yaml.Split("---").SelectMany((part, i) => loader.LoadString(part, "file" + i + ".yaml").Objects).ToList(),
            []));

        one.Errors.Select(e => e.ToString()).Should().Equal(
            "one.yaml:5:1: Scenario/b: only one Scenario may be given",
            "one.yaml:15:18: ConfigMap/c: metadata.name: Duplicate value: \"c\"");
        apart.Objects.Should().HaveCount(4);
        apart.IsValid.Should().BeTrue();
    }

    [Fact]
    public void A_missing_file_is_an_error_of_the_result()
    {
        var result = ManifestValidation.ValidateFiles(Path.Combine(SharedPaths.RepositoryRoot, "no-such-file.yaml"));

        result.IsValid.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Message.Should().EndWith("does not exist");
    }
}
