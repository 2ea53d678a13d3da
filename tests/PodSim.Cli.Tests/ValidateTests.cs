namespace PodSim.Cli.Tests;

/// <summary><c>podsim validate</c>: one located line per problem on standard error, exit 1; silence and exit 0 when valid.</summary>
public class ValidateTests
{
    [Fact]
    public void Broken_manifest_gives_one_line_per_problem_with_file_line_and_column()
    {
        var result = Cli.Run("validate", "samples/manifests/broken-pod.yaml");

        result.Exit.Should().Be(1);
        result.Stdout.Should().BeEmpty();
        result.StderrLines.Should().Equal(
            "samples/manifests/broken-pod.yaml:5:9: Pod/Broken_Pod: metadata.name: Invalid value: \"Broken_Pod\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
            "samples/manifests/broken-pod.yaml:17:9: Pod/Broken_Pod: spec.containers[0].resources.requests: Invalid value: \"2\": must be less than or equal to cpu limit of 1",
            "samples/manifests/broken-pod.yaml:12:22: Pod/Broken_Pod: spec.containers[0].livenessProbe.periodSeconds: Invalid value: -5: must be greater than or equal to 0",
            "samples/manifests/broken-pod.yaml:7:18: Pod/Broken_Pod: spec.restartPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"OnFailure\", \"Never\"");
    }

    [Fact]
    public void Every_sample_is_valid_and_validation_is_silent()
    {
        var result = Cli.Run("validate", "samples/scenarios", "samples/saved", "samples/manifests/web-pod.yaml");

        result.Exit.Should().Be(0, result.ToString());
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void Scenario_errors_are_located_too()
    {
        const string yaml = """
            apiVersion: podsim.io/v1alpha1
            kind: Scenario
            metadata: {name: s}
            spec:
              until: 0s
              behaviors:
              - container: app
                exitCode: 300
            """;

        var result = Cli.RunWithInput(yaml, "validate", "-");

        result.Exit.Should().Be(1);
        result.StderrLines.Should().Equal(
            "<stdin>:5:10: Scenario/s: spec.until: Invalid value: \"0s\": must be greater than 0",
            "<stdin>:8:15: Scenario/s: spec.behaviors[0].exitCode: Invalid value: 300: must be between 0 and 255, inclusive");
    }

    [Fact]
    public void Warnings_do_not_fail()
    {
        const string yaml = """
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
              - name: app
                image: nginx
                imagePullPolicyy: Always
            ---
            apiVersion: example.com/v1
            kind: Frobnicator
            metadata: {name: f}
            """;

        var result = Cli.RunWithInput(yaml, "validate", "-");

        result.Exit.Should().Be(0);
        result.StderrLines.Should().Equal(
            "warning: <stdin>:8:5: Pod/web: spec.containers[0].imagePullPolicyy: unknown field",
            "warning: <stdin>:10:1: Frobnicator/f: kind \"Frobnicator\" (example.com/v1) is not simulated; skipped");
    }

    [Fact]
    public void Two_scenarios_or_two_objects_of_one_name_in_a_file_are_refused()
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
            kind: Pod
            metadata: {name: web}
            spec: {containers: [{name: app, image: nginx}]}
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec: {containers: [{name: app, image: nginx}]}
            """;

        var result = Cli.RunWithInput(yaml, "validate", "-");

        result.Exit.Should().Be(1);
        result.StderrLines.Should().Equal(
            "<stdin>:5:1: Scenario/b: only one Scenario may be given",
            "<stdin>:17:9: Pod/web: metadata.name: Duplicate value: \"web\"");
    }

    [Fact]
    public void Malformed_yaml_is_one_located_line()
    {
        var result = Cli.RunWithInput("apiVersion: v1\nkind: Pod\nmetadata: {name: x\nspec: [\n", "validate", "-");

        result.Exit.Should().Be(1);
        result.Stderr.Should().Be("<stdin>:4:8: malformed YAML: unexpected end of input\n");
    }
}
