namespace PodSim.Cli.Tests;

/// <summary>Every sample runs with the command its README section gives, and prints what the section says.</summary>
public class SampleTests
{
    private const string Prefix = "dotnet run --project src/PodSim.Cli -- ";

    public static TheoryData<string, string> KeyLines => new()
    {
        { "samples/scenarios/crash-loop.yaml", "pod/web: Running (CrashLoopBackOff), 5 restarts, ready after 0s" },
        { "samples/scenarios/startup-probe.yaml", "pod/slow-app: Running, 0 restarts, ready after 1m40s" },
        { "samples/scenarios/liveness-kills-slow-app.yaml", "pod/slow-app: Running (CrashLoopBackOff), 5 restarts, never ready" },
        { "samples/scenarios/init-and-sidecar.yaml", "pod/shop: Running, 0 restarts, ready after 29s" },
        { "samples/scenarios/graceful-termination.yaml", "pod/web: Failed, deleted at +1m15s, 0 restarts, ready after 0s" },
        { "samples/scenarios/job-with-sidecar.yaml", "pod/nightly-report: Succeeded (Completed), 0 restarts, ready after 0s" },
        { "samples/scenarios/app-config.yaml", "pod/web: Running, 0 restarts, ready after 30s" },
    };

    [Theory]
    [MemberData(nameof(KeyLines))]
    public void Each_scenario_runs_and_prints_its_key_line(string scenario, string keyLine)
    {
        var result = Cli.Run("run", scenario);

        result.Exit.Should().Be(0, result.ToString());
        result.Stderr.Should().BeEmpty();
        result.Stdout.Split('\n').Should().Contain(keyLine);
    }

    [Fact]
    public void Every_scenario_file_has_a_section_with_its_command()
    {
        var readme = File.ReadAllText(Path.Combine(Cli.RepositoryRoot, "samples", "README.md"));
        var scenarios = Directory.GetFiles(Path.Combine(Cli.RepositoryRoot, "samples", "scenarios"), "*.yaml").Select(Path.GetFileName).ToList();

        scenarios.Should().HaveCountGreaterThanOrEqualTo(6);
        foreach (var scenario in scenarios)
        {
            readme.Should().Contain("```sh\n" + Prefix + "run samples/scenarios/" + scenario + "\n```", scenario + " needs its command in samples/README.md");
            KeyLines.Select(row => (string)row[0]).Should().Contain("samples/scenarios/" + scenario, "each scenario has a key line checked");
        }
    }

    [Fact]
    public void Every_podsim_command_in_the_samples_readme_succeeds()
    {
        var commands = File.ReadAllLines(Path.Combine(Cli.RepositoryRoot, "samples", "README.md"))
            .Select(l => l.StartsWith("$ ", StringComparison.Ordinal) ? l[2..] : l)
            .Where(l => l.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(l => l[Prefix.Length..])
            .Distinct()
            .ToList();

        commands.Should().HaveCountGreaterThan(12);
        foreach (var command in commands)
        {
            var result = Cli.Run(Cli.Split(command));
            result.Exit.Should().Be(0, command + "\n" + result);
        }
    }

    [Fact]
    public void The_readme_quick_start_shows_the_crash_loop_sample_as_it_is()
    {
        var sample = File.ReadAllLines(Path.Combine(Cli.RepositoryRoot, "samples", "scenarios", "crash-loop.yaml"))
            .SkipWhile(l => l.StartsWith('#'));
        var readme = File.ReadAllText(Path.Combine(Cli.RepositoryRoot, "README.md"));

        readme.Should().Contain("```yaml\n" + string.Join('\n', sample) + "\n```");
    }
}
