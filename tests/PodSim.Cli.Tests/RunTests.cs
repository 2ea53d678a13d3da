using System.Text.Json.Nodes;

namespace PodSim.Cli.Tests;

/// <summary><c>podsim run</c>: the event timeline, the per-pod summary, JSON events and <c>--until</c>.</summary>
public class RunTests
{
    private const string CrashLoop = "samples/scenarios/crash-loop.yaml";

    [Fact]
    public void Text_timeline_is_one_line_per_event_occurrence_then_a_summary_per_pod()
    {
        var result = Cli.Run("run", CrashLoop, "--until", "1m");

        result.Exit.Should().Be(0, result.ToString());
        result.Stderr.Should().BeEmpty();
        const string backOff = "Back-off restarting failed container app in pod web_default(1b4a9eea-19b7-44bd-8357-fcd9b16c1716)";
        const string present = "Container image \"busybox:1.36\" already present on machine and can be accessed by the pod";
        result.Stdout.Should().Be(
            $"""
            TIME    TYPE      REASON      OBJECT        MESSAGE
            +0s     Normal    Scheduled   pod/web       Successfully assigned default/web to node-1
            +0s     Normal    Pulled      pod/web/app   {present}
            +0s     Normal    Created     pod/web/app   Container created
            +0s     Normal    Started     pod/web/app   Container started
            +5s     Normal    Pulled      pod/web/app   {present}
            +5s     Normal    Created     pod/web/app   Container created
            +5s     Normal    Started     pod/web/app   Container started
            +10s    Warning   BackOff     pod/web/app   {backOff}
            +20s    Normal    Pulled      pod/web/app   {present}
            +20s    Normal    Created     pod/web/app   Container created
            +20s    Normal    Started     pod/web/app   Container started
            +25s    Warning   BackOff     pod/web/app   {backOff}
            +45s    Normal    Pulled      pod/web/app   {present}
            +45s    Normal    Created     pod/web/app   Container created
            +45s    Normal    Started     pod/web/app   Container started
            +50s    Warning   BackOff     pod/web/app   {backOff}

            pod/web: Running (CrashLoopBackOff), 3 restarts, ready after 0s

            """);
    }

    [Fact]
    public void Until_overrides_the_scenario_horizon()
    {
        var short_ = Cli.Run("run", CrashLoop, "--until", "6s");
        short_.Stdout.Split('\n').Should().Contain("pod/web: Running, 1 restart, ready after 0s");
        short_.Stdout.Should().NotContain("BackOff");

        var full = Cli.Run("run", CrashLoop);
        full.Stdout.Should().Contain("+3m0s    Warning   BackOff ");
        full.Stdout.Should().EndWith("pod/web: Running (CrashLoopBackOff), 5 restarts, ready after 0s\n");
    }

    [Fact]
    public void Summary_names_deleted_pods_with_the_instant_they_went_away()
    {
        var result = Cli.Run("run", "samples/scenarios/graceful-termination.yaml");

        result.Stdout.Should().EndWith(
            """

            pod/web: Failed, deleted at +1m15s, 0 restarts, ready after 0s
            pod/stubborn: Failed, deleted at +1m30s, 0 restarts, ready after 0s

            """);
    }

    [Fact]
    public void Json_is_an_array_of_aggregated_Kubernetes_events()
    {
        var result = Cli.Run("run", CrashLoop, "--until", "1m", "-o", "json");

        result.Exit.Should().Be(0);
        result.Stdout.Should().StartWith("[\n    {\n        \"apiVersion\": \"v1\",\n        \"kind\": \"Event\",\n");
        result.Stdout.Should().EndWith("\n]\n");
        var events = JsonNode.Parse(result.Stdout)!.AsArray();
        events.Select(e => e!["reason"]!.GetValue<string>()).Should().Equal("Scheduled", "Pulled", "Created", "Started", "BackOff");
        events.Should().OnlyContain(e => e!["kind"]!.GetValue<string>() == "Event" && e["apiVersion"]!.GetValue<string>() == "v1");
        events.Should().OnlyContain(e => e!["involvedObject"]!["kind"]!.GetValue<string>() == "Pod" && e["involvedObject"]!["name"]!.GetValue<string>() == "web");
        events.Sum(e => e!["count"]!.GetValue<int>()).Should().Be(16, "the text timeline has one line per occurrence: 16");

        var backOff = events[4]!;
        backOff["type"]!.GetValue<string>().Should().Be("Warning");
        backOff["count"]!.GetValue<int>().Should().Be(3);
        backOff["firstTimestamp"]!.GetValue<string>().Should().Be("2025-01-01T00:00:10Z");
        backOff["lastTimestamp"]!.GetValue<string>().Should().Be("2025-01-01T00:00:50Z");
        backOff["involvedObject"]!["fieldPath"]!.GetValue<string>().Should().Be("spec.containers{app}");
        backOff["source"]!["component"]!.GetValue<string>().Should().Be("kubelet");
        backOff["source"]!["host"]!.GetValue<string>().Should().Be("node-1");
        backOff["metadata"]!["namespace"]!.GetValue<string>().Should().Be("default");
        backOff["metadata"]!["name"]!.GetValue<string>().Should().StartWith("web.");
    }

    [Fact]
    public void Json_of_an_input_without_pods_is_an_empty_array()
    {
        var result = Cli.RunWithInput("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n", "run", "-", "-o", "json");

        result.Exit.Should().Be(0);
        result.Stdout.Should().Be("[]\n");
    }

    [Fact]
    public void Output_is_deterministic()
    {
        Cli.Run("run", "samples/scenarios/liveness-kills-slow-app.yaml").Stdout
            .Should().Be(Cli.Run("run", "samples/scenarios/liveness-kills-slow-app.yaml").Stdout);
    }

    [Fact]
    public void Events_outside_default_get_a_namespace_column_and_pods_a_namespace_flag()
    {
        const string yaml = """
            apiVersion: v1
            kind: Pod
            metadata: {name: web, namespace: team}
            spec: {containers: [{name: app, image: nginx}]}
            """;

        var result = Cli.RunWithInput(yaml, "run", "-", "--until", "1s");

        var lines = result.Stdout.Split('\n');
        lines[0].Should().Be("TIME   NAMESPACE   TYPE      REASON      OBJECT        MESSAGE");
        lines[1].Should().Be("+0s    team        Normal    Scheduled   pod/web       Successfully assigned team/web to node-1");
        lines.Should().Contain("pod/web -n team: Running, 0 restarts, ready after 0s");
    }

    [Fact]
    public void Refused_creates_and_failed_actions_are_reported()
    {
        const string yaml = """
            apiVersion: podsim.io/v1alpha1
            kind: Scenario
            metadata: {name: s}
            spec:
              until: 1m
              actions: [{at: 30s, delete: {pod: ghost}}]
            ---
            apiVersion: v1
            kind: LimitRange
            metadata: {name: min-cpu}
            spec: {limits: [{type: Container, min: {cpu: 100m}}]}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: tiny}
            spec: {containers: [{name: c, image: nginx, resources: {requests: {cpu: 50m}}}]}
            """;

        var text = Cli.RunWithInput(yaml, "run", "-");
        text.Exit.Should().Be(0);
        text.Stdout.Should().Be("pod/tiny: rejected at +0s by LimitRanger: pods \"tiny\" is forbidden: minimum cpu usage per Container is 100m, but request is 50m\n");
        text.Stderr.Should().Be("warning: +30s spec.actions[0].delete: pod \"default/ghost\" not found\n");

        var json = Cli.RunWithInput(yaml, "run", "-", "-o", "json");
        json.Stdout.Should().Be("[]\n");
        json.Stderr.Should().Be(
            "warning: +30s spec.actions[0].delete: pod \"default/ghost\" not found\n"
            + "Error from server (Forbidden): pods \"tiny\" is forbidden: minimum cpu usage per Container is 100m, but request is 50m\n");
    }

    [Fact]
    public void The_json_event_in_docs_cli_md_is_real_output()
    {
        var output = Cli.Run("run", CrashLoop, "-o", "json").Stdout;
        var lastEvent = output[output.LastIndexOf("    {\n", StringComparison.Ordinal)..^"]\n".Length];

        var doc = File.ReadAllText(Path.Combine(Cli.RepositoryRoot, "docs", "cli.md"));
        doc.Should().Contain("```json\n" + lastEvent + "```");
    }
}
