using PodSim.Manifests;
using PodSim.Model;
using PodSim.Scenarios;

namespace PodSim.Tests.Scenarios;

public class ScenarioDocumentTests
{
    private const string Yaml = """
        apiVersion: podsim.io/v1alpha1
        kind: Scenario
        metadata:
          name: crashloop-demo
        spec:
          startTime: "2025-01-01T00:00:00Z"
          until: 10m
          seed: 3
          latency:
            scheduling: 1s
            containerStart: 500ms
          kubelet:
            crashLoopBackOff: {initial: 10s, max: 5m}
          images:
          - image: nginx:1.25
            present: false
            pullDuration: 2s
            failPulls: 2
          - image: ghcr.io/acme/missing:1.0
            failPulls: always
          behaviors:
          - pod: web
            container: app
            exitAfter: 30s
            exitCode: 1
            stopAfter: never
            runs:
            - {exitAfter: 5s, exitCode: 1}
            - {}
          actions:
          - at: 2m
            delete: {pod: web, gracePeriodSeconds: 30}
          - at: 3m
            kill: {pod: web, container: app, reason: OOMKilled}
        """;

    private static Scenario Built() => new ScenarioBuilder("crashloop-demo")
        .StartTime(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero))
        .Until(TimeSpan.FromMinutes(10))
        .Seed(3)
        .Latency(scheduling: TimeSpan.FromSeconds(1), containerStart: TimeSpan.FromMilliseconds(500))
        .CrashLoopBackOff(TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(5))
        .Image("nginx:1.25", present: false, pullDuration: TimeSpan.FromSeconds(2), failPulls: 2)
        .Image("ghcr.io/acme/missing:1.0", neverPulls: true)
        .Behavior(new BehaviorSpec
        {
            Pod = "web",
            Container = "app",
            ExitAfter = TimeSpan.FromSeconds(30),
            ExitCode = 1,
            StopAfter = GoDuration.Never,
            Runs = [new RunSpec { ExitAfter = TimeSpan.FromSeconds(5), ExitCode = 1 }, new RunSpec()],
        })
        .Delete(TimeSpan.FromMinutes(2), "web", gracePeriodSeconds: 30)
        .Kill(TimeSpan.FromMinutes(3), "web", "app", reason: "OOMKilled")
        .Build();

    [Fact]
    public void Scenario_loads_from_yaml_without_diagnostics()
    {
        var result = new ManifestLoader().LoadString(Yaml, "scenario.yaml");

        result.Diagnostics.Should().BeEmpty();
        var scenario = result.OfType<Scenario>().Should().ContainSingle().Subject;
        scenario.Spec!.Behaviors[0].StopAfter!.Value.IsNever.Should().BeTrue();
        scenario.Spec.Images[1].FailPulls!.Value.StringValue.Should().Be("always");
        scenario.Spec.Actions[0].At.Should().Be(GoDuration.Parse("2m"));
    }

    [Fact]
    public void Yaml_scenario_and_builder_scenario_are_the_same()
    {
        var loaded = new ManifestLoader().LoadString(Yaml).OfType<Scenario>().Single();

        ManifestWriter.ToJson(Built()).Should().Be(ManifestWriter.ToJson(loaded));
    }

    [Fact]
    public void Builder_scenario_written_as_yaml_reads_back_identically()
    {
        var yaml = ManifestWriter.ToYaml(Built());

        var reloaded = new ManifestLoader().LoadString(yaml);

        reloaded.Diagnostics.Should().BeEmpty();
        ManifestWriter.ToJson(reloaded.Objects.Single().Object).Should().Be(ManifestWriter.ToJson(Built()));
        yaml.Should().Contain("stopAfter: never").And.Contain("until: 10m0s");
    }

    [Fact]
    public void Bad_duration_is_a_field_path_error_with_location()
    {
        var result = new ManifestLoader().LoadString(Yaml.Replace("exitAfter: 30s", "exitAfter: 30d"), "scenario.yaml");

        result.Errors.Should().ContainSingle().Which.ToString()
            .Should().Be("scenario.yaml:24:16: Scenario/crashloop-demo: spec.behaviors[0].exitAfter: invalid value: \"30d\": time: unknown unit \"d\" in duration \"30d\"");
    }

    [Fact]
    public void Unknown_scenario_field_is_a_warning()
    {
        var result = new ManifestLoader().LoadString(Yaml.Replace("    exitCode: 1\n    stopAfter", "    exitCode: 1\n    exitCodee: 2\n    stopAfter"), "scenario.yaml");

        result.Warnings.Should().ContainSingle().Which.ToString()
            .Should().Be("scenario.yaml:26:5: Scenario/crashloop-demo: spec.behaviors[0].exitCodee: unknown field");
    }
}
