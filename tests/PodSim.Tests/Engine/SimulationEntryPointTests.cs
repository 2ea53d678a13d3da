using PodSim.Model;
using PodSim.Tests.Support;

namespace PodSim.Tests.Engine;

/// <summary><see cref="Simulation.FromYaml"/> and <see cref="Simulation.FromFiles"/>: the short ways in, with located errors.</summary>
public sealed class SimulationEntryPointTests : IDisposable
{
    private const string Web = """
        apiVersion: podsim.io/v1alpha1
        kind: Scenario
        metadata: {name: s}
        spec: {until: 3m}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers: [{name: app, image: nginx:1.25}]
        """;

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "podsim-entry-" + Guid.NewGuid().ToString("N"));

    public SimulationEntryPointTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void FromYaml_builds_the_scenario_and_creates_the_objects()
    {
        var sim = Simulation.FromYaml(Web);

        sim.Horizon.Should().Be(TimeSpan.FromMinutes(3));
        sim.GetPod("web").Should().NotBeNull();
        sim.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void FromYaml_reports_invalid_objects_with_line_column_and_field_path()
    {
        const string yaml = """
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              restartPolicy: Sometimes
              containers: [{name: app, image: nginx:1.25}]
            """;

        var act = () => Simulation.FromYaml(yaml);

        act.Should().Throw<SimulationInputException>().Which.Problems.Should().Equal(
            "<yaml>:5:18: Pod/web: spec.restartPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"OnFailure\", \"Never\"");
    }

    [Fact]
    public void FromYaml_reports_malformed_text_with_its_place()
    {
        var act = () => Simulation.FromYaml("apiVersion: v1\nkind: Pod\nmetadata: {name: web\n");

        act.Should().Throw<SimulationInputException>().Which.Problems.Should().ContainSingle().Which.Should().StartWith("<yaml>:4:1: malformed YAML: ");
    }

    [Fact]
    public void FromYaml_keeps_the_loader_warnings_first_in_Warnings()
    {
        var yaml = Web.Replace("image: nginx:1.25}", "image: nginx:1.25, imagePullPolicyy: Always}", StringComparison.Ordinal)
            .Replace("spec: {until: 3m}", "spec: {until: 3m, images: [{image: unused:1}]}", StringComparison.Ordinal);

        var sim = Simulation.FromYaml(yaml);

        sim.Warnings.Should().Equal(
            "+0s <yaml>:10:47: Pod/web: spec.containers[0].imagePullPolicyy: unknown field",
            "+0s spec.images[0]: no container of the input's pods uses image \"unused:1\"");
    }

    [Fact]
    public void FromFiles_loads_the_files_in_order_into_one_cluster()
    {
        var scenario = Path.Combine(SharedPaths.RepositoryRoot, "samples", "scenarios", "crash-loop.yaml");
        var extra = Write("extra.yaml", """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: settings}
            data: {k: v}
            """);

        var sim = Simulation.FromFiles(scenario, extra);

        sim.Scenario.Metadata!.Name.Should().Be("crash-loop");
        sim.Snapshot().Objects.Select(o => o.Kind + "/" + o.Metadata!.Name).Should().Equal("Pod/web", "Node/node-1", "ConfigMap/settings");
    }

    [Fact]
    public void FromFiles_reports_invalid_objects_with_file_line_column_and_field_path()
    {
        var path = Write("bad.yaml", """
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
              - name: app
                image: nginx:1.25
                livenessProbe:
                  periodSeconds: -5
                  exec: {command: [cat]}
            """);

        var act = () => Simulation.FromFiles(path);

        act.Should().Throw<SimulationInputException>().Which.Problems.Should().Equal(
            path + ":9:22: Pod/web: spec.containers[0].livenessProbe.periodSeconds: Invalid value: -5: must be greater than or equal to 0");
    }

    [Fact]
    public void FromFiles_reports_a_missing_file()
    {
        var missing = Path.Combine(_dir, "nope.yaml");

        var act = () => Simulation.FromFiles(missing);

        act.Should().Throw<SimulationInputException>().Which.Problems.Should().Equal("the path \"" + missing + "\" does not exist");
    }

    [Fact]
    public void FromFiles_needs_a_file()
    {
        var act = () => Simulation.FromFiles();

        act.Should().Throw<SimulationInputException>().WithMessage("no file was given");
    }

    [Fact]
    public void FromYaml_and_FromManifests_give_the_same_run()
    {
        var a = Simulation.FromYaml(Web);
        var b = Sim.FromYaml(Web);
        a.Run();
        b.Run();

        Sim.Dump(a).Should().Be(Sim.Dump(b));
        a.GetPod("web")!.Status!.Phase.Should().Be(PodPhases.Running);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
