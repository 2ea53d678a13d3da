using System.Diagnostics;
using System.Globalization;

namespace PodSim.Cli.Tests;

/// <summary>
/// Long runs stay bounded and visible: the work budget stops them with a clear error, the timeline is written as it
/// happens (so a stopped run keeps what it printed), Ctrl-C ends them cleanly, and a terminal shows a progress line.
/// </summary>
public class LongRunTests
{
    private const string CrashLoop = "samples/scenarios/crash-loop.yaml";

    [Fact]
    public void A_run_past_its_work_budget_stops_with_an_error_that_names_the_figure_and_how_to_raise_it()
    {
        var result = Cli.Run("run", CrashLoop, "--until", "1000h", "--work-budget", "1000");

        result.Exit.Should().Be(1);
        result.Stderr.Should().Be(
            "error: the run stopped at +16h31m50s of +1000h0m0s after 1000 pieces of work, its work budget; " +
            "raise it with --work-budget N or the Scenario's spec.workBudget\n");

        // Everything up to the stop was written, then the summary at that instant.
        result.Stdout.Should().Contain("+16h26m50s    Warning   BackOff ");
        result.Stdout.Should().EndWith("\npod/web: Running (CrashLoopBackOff), 199 restarts, ready after 0s\n");
    }

    [Fact]
    public void The_scenarios_work_budget_applies_and_the_flag_overrides_it()
    {
        const string yaml = """
            apiVersion: podsim.io/v1alpha1
            kind: Scenario
            metadata: {name: budget}
            spec:
              workBudget: 10
              behaviors:
              - {container: app, exitAfter: 1s, exitCode: 1}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec: {containers: [{name: app, image: busybox}]}
            """;

        var limited = Cli.RunWithInput(yaml, "get", "pods", "-", "--at", "1h");
        limited.Exit.Should().Be(1);
        limited.Stderr.Should().StartWith("error: the run stopped at +").And.Contain(" after 10 pieces of work, its work budget");

        var raised = Cli.RunWithInput(yaml, "get", "pods", "-", "--at", "1h", "--work-budget", "100000");
        raised.Exit.Should().Be(0, raised.ToString());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("lots")]
    public void A_work_budget_that_is_not_a_positive_whole_number_is_a_usage_error(string value)
    {
        var result = Cli.Run("run", CrashLoop, "--work-budget", value);

        result.Exit.Should().Be(2);
        result.Stderr.Should().StartWith("error: invalid argument \"" + value + "\" for \"--work-budget\" flag: expected a whole number greater than 0\n");
    }

    [Fact]
    public void Ctrl_c_ends_the_run_cleanly_with_the_timeline_and_summary_so_far()
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        using var interrupted = new CancellationTokenSource();
        interrupted.Cancel();

        var exit = PodSimCli.Run(["run", CrashLoop, "--until", "1000h"], stdout, stderr, TextReader.Null, cancellationToken: interrupted.Token);

        exit.Should().Be(130);
        stderr.ToString().Should().MatchRegex(@"^interrupted at \+\d+h\d+m\d+s of \+1000h0m0s\n$");
        stdout.ToString().Should().StartWith("TIME ").And.MatchRegex(@"\npod/web: Running \(\w+\), \d+ restarts, ready after 0s\n$");
    }

    [Fact]
    public void A_run_past_the_last_representable_time_is_refused_before_it_starts()
    {
        const string yaml = """
            apiVersion: podsim.io/v1alpha1
            kind: Scenario
            metadata: {name: late}
            spec:
              startTime: "9990-01-01T00:00:00Z"
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec: {containers: [{name: app, image: busybox}]}
            """;

        var result = Cli.RunWithInput(yaml, "run", "-", "--until", "100000h");

        result.Exit.Should().Be(1);
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().Be(
            "error: --until 100000h: the clock cannot go past 9999-12-31T23:59:59Z; from the start time 9990-01-01T00:00:00Z " +
            "the latest reachable time is +87647h59m59s\n");
    }

    [Fact]
    public void A_start_time_whose_run_cannot_end_is_a_located_scenario_error()
    {
        const string yaml = """
            apiVersion: podsim.io/v1alpha1
            kind: Scenario
            metadata: {name: late}
            spec:
              startTime: "9999-12-31T23:59:00Z"
            """;

        var result = Cli.RunWithInput(yaml, "validate", "-");

        result.Exit.Should().Be(1);
        result.Stderr.Should().Be(
            "<stdin>:5:14: Scenario/late: spec.startTime: Invalid value: \"9999-12-31T23:59:00Z\": the run would end after " +
            "9999-12-31T23:59:59Z, the latest time a timestamp can hold (with the default until of 10m0s)\n");
        Cli.RunWithInput(yaml, "run", "-").Exit.Should().Be(1);
    }

    [SkippableFact]
    public void A_terminal_shows_a_progress_line_and_redirected_output_does_not()
    {
        Skip.IfNot(File.Exists("/usr/bin/script"), "script(1) gives the run a pseudo-terminal");
        var cli = typeof(PodSimCli).Assembly.Location;
        var command = "dotnet " + cli + " run " + CrashLoop + " --until 10000h > /dev/null";

        // script(1) runs the command on a pseudo-terminal and copies what the terminal showed to its own output.
        var terminal = Capture("/usr/bin/script", "-qec", command, "/dev/null");
        terminal.Should().Contain("\r\u001b[K+").And.Contain(" of +10000h0m0s (").And.Contain(" events/s");

        var redirected = Capture("/bin/sh", "-c", command);
        redirected.Should().NotContain("events/s").And.NotContain("\r");
    }

    /// <summary>Runs a process from the repository root and returns what it wrote to standard error and output.</summary>
    private static string Capture(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file, args)
        {
            WorkingDirectory = Cli.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return stderr.Result + stdout.Result;
    }
}
