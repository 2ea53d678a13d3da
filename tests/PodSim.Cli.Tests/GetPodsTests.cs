using System.Text.Json.Nodes;
using PodSim.Manifests;
using PodSim.Model;

namespace PodSim.Cli.Tests;

/// <summary><c>podsim get pods</c> on the sample scenarios: exact kubectl tables at several virtual times.</summary>
public class GetPodsTests
{
    private const string CrashLoop = "samples/scenarios/crash-loop.yaml";
    private const string InitAndSidecar = "samples/scenarios/init-and-sidecar.yaml";

    [Theory]
    [InlineData("4s", "NAME   READY   STATUS    RESTARTS   AGE", "web    1/1     Running   0          4s")]
    [InlineData("5s", "NAME   READY   STATUS    RESTARTS     AGE", "web    1/1     Running   1 (0s ago)   5s")]
    [InlineData("12s", "NAME   READY   STATUS             RESTARTS     AGE", "web    0/1     CrashLoopBackOff   1 (2s ago)   12s")]
    [InlineData("1m", "NAME   READY   STATUS             RESTARTS      AGE", "web    0/1     CrashLoopBackOff   3 (10s ago)   60s")]
    [InlineData("1m31s", "NAME   READY   STATUS    RESTARTS      AGE", "web    1/1     Running   4 (41s ago)   91s")]
    public void Crash_loop_pod_at_several_times(string at, string header, string row)
    {
        // Exits at 5s, 10s, 25s, 50s, 1m35s; restarts at 5s, 20s, 45s, 1m30s (back-off 0, 10s, 20s, 40s).
        var result = Cli.Run("get", "pods", CrashLoop, "--at", at);

        result.Exit.Should().Be(0, result.ToString());
        result.Stderr.Should().BeEmpty();
        result.Stdout.Should().Be(header + "\n" + row + "\n");
    }

    [Fact]
    public void Without_at_the_pods_are_shown_at_the_scenario_until()
    {
        var result = Cli.Run("get", "pods", CrashLoop);

        result.Stdout.Should().Be(
            """
            NAME   READY   STATUS             RESTARTS     AGE
            web    0/1     CrashLoopBackOff   5 (2m ago)   5m

            """);
    }

    [Theory]
    [InlineData("5s", "0/2", "Init:0/2")]
    [InlineData("12s", "0/2", "Init:1/2")]
    [InlineData("20s", "1/2", "PodInitializing")]
    [InlineData("40s", "2/2", "Running")]
    public void Init_containers_and_sidecar_walk_through_kubectl_statuses(string at, string ready, string status)
    {
        var result = Cli.Run("get", "pods", InitAndSidecar, "--at", at);

        var lines = result.Stdout.Split('\n');
        lines[0].Should().StartWith("NAME   READY   STATUS");
        lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Should().Equal("shop", ready, status, "0", at);
    }

    [Fact]
    public void Wide_adds_ip_node_nominated_node_and_readiness_gates()
    {
        var result = Cli.Run("get", "pods", CrashLoop, "--at", "12s", "-o", "wide");

        result.Stdout.Should().Be(
            """
            NAME   READY   STATUS             RESTARTS     AGE   IP           NODE     NOMINATED NODE   READINESS GATES
            web    0/1     CrashLoopBackOff   1 (2s ago)   12s   10.244.0.2   node-1   <none>           <none>

            """);
    }

    [Fact]
    public void Deleted_pods_are_terminating_then_gone_with_kubectls_message()
    {
        var terminating = Cli.Run("get", "pods", "samples/scenarios/graceful-termination.yaml", "--at", "1m20s");
        terminating.Stdout.Should().Be(
            """
            NAME       READY   STATUS        RESTARTS   AGE
            stubborn   1/1     Terminating   0          80s

            """);

        var gone = Cli.Run("get", "pods", "samples/scenarios/graceful-termination.yaml");
        gone.Exit.Should().Be(0);
        gone.Stdout.Should().BeEmpty();
        gone.Stderr.Should().Be("No resources found in default namespace.\n");
    }

    [Fact]
    public void Rows_are_sorted_by_namespace_then_name_with_a_namespace_column_when_several()
    {
        const string yaml = """
            apiVersion: v1
            kind: Pod
            metadata: {name: zeta}
            spec: {containers: [{name: c, image: nginx}]}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: beta, namespace: team}
            spec: {containers: [{name: c, image: nginx}]}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: alpha}
            spec: {containers: [{name: c, image: nginx}]}
            """;

        Cli.RunWithInput(yaml, "get", "pods", "-", "--at", "1m").Stdout.Should().Be(
            """
            NAMESPACE   NAME    READY   STATUS    RESTARTS   AGE
            default     alpha   1/1     Running   0          60s
            default     zeta    1/1     Running   0          60s
            team        beta    1/1     Running   0          60s

            """);
        Cli.RunWithInput(yaml, "get", "pods", "-", "--at", "1m", "-n", "default").Stdout.Should().Be(
            """
            NAME    READY   STATUS    RESTARTS   AGE
            alpha   1/1     Running   0          60s
            zeta    1/1     Running   0          60s

            """);
        var empty = Cli.RunWithInput(yaml, "get", "pods", "-", "-n", "other");
        empty.Stderr.Should().Be("No resources found in other namespace.\n");
        empty.Exit.Should().Be(0);
    }

    [Fact]
    public void Json_is_a_v1_List_of_full_pods_with_status()
    {
        var result = Cli.Run("get", "pods", CrashLoop, "--at", "12s", "-o", "json");

        result.Exit.Should().Be(0);
        result.Stdout.Should().StartWith("{\n    \"apiVersion\": \"v1\",\n    \"items\": [\n        {\n            \"apiVersion\": \"v1\",\n            \"kind\": \"Pod\",");
        result.Stdout.Should().EndWith("    ],\n    \"kind\": \"List\",\n    \"metadata\": {\n        \"resourceVersion\": \"\"\n    }\n}\n");
        var list = JsonNode.Parse(result.Stdout)!;
        var pod = list["items"]!.AsArray().Should().ContainSingle().Subject!;
        pod["metadata"]!["name"]!.GetValue<string>().Should().Be("web");
        pod["metadata"]!["creationTimestamp"]!.GetValue<string>().Should().Be("2025-01-01T00:00:00Z");
        pod["status"]!["phase"]!.GetValue<string>().Should().Be("Running");
        var container = pod["status"]!["containerStatuses"]![0]!;
        container["restartCount"]!.GetValue<int>().Should().Be(1);
        container["state"]!["waiting"]!["reason"]!.GetValue<string>().Should().Be("CrashLoopBackOff");
        container["lastState"]!["terminated"]!["exitCode"]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public void Yaml_is_a_v1_List_that_reads_back_into_the_same_pods()
    {
        var result = Cli.Run("get", "pods", InitAndSidecar, "--at", "40s", "-o", "yaml");

        result.Stdout.Should().StartWith("apiVersion: v1\nitems:\n- apiVersion: v1\n  kind: Pod\n  metadata:\n    name: shop\n");
        result.Stdout.Should().EndWith("kind: List\nmetadata:\n  resourceVersion: \"\"\n");
        var loaded = new ManifestLoader().LoadString(result.Stdout, "out.yaml");
        loaded.Errors.Should().BeEmpty();
        var pod = loaded.OfType<Pod>().Should().ContainSingle().Subject;
        pod.Status!.Phase.Should().Be("Running");
        pod.Status.InitContainerStatuses.Select(s => s.Name).Should().Equal("migrate", "log-shipper");

        // The saved output prints the same table kubectl would, at the same instant.
        Cli.RunWithInput(result.Stdout, "get", "pods", "--no-simulate", "--now", "2025-01-01T00:00:40Z", "-").Stdout
            .Should().Be(Cli.Run("get", "pods", InitAndSidecar, "--at", "40s").Stdout);
    }

    [Fact]
    public void Json_and_yaml_of_no_pods_are_empty_lists_without_the_message()
    {
        var json = Cli.Run("get", "pods", "samples/scenarios/graceful-termination.yaml", "-o", "json");
        json.Stdout.Should().Be("{\n    \"apiVersion\": \"v1\",\n    \"items\": [],\n    \"kind\": \"List\",\n    \"metadata\": {\n        \"resourceVersion\": \"\"\n    }\n}\n");
        json.Stderr.Should().BeEmpty();

        var yaml = Cli.Run("get", "pods", "samples/scenarios/graceful-termination.yaml", "-o", "yaml");
        yaml.Stdout.Should().Be("apiVersion: v1\nitems: []\nkind: List\nmetadata:\n  resourceVersion: \"\"\n");
    }

    [Fact]
    public void Pod_and_po_are_aliases_and_flags_may_come_first()
    {
        var expected = Cli.Run("get", "pods", CrashLoop, "--at", "12s").Stdout;

        Cli.Run("get", "pod", "--at=12s", CrashLoop).Stdout.Should().Be(expected);
        Cli.Run("get", "po", "-owide", CrashLoop, "--at", "12s").Stdout.Should().StartWith("NAME   READY   STATUS             RESTARTS     AGE   IP");
    }

    [Fact]
    public void Standard_input_is_read_for_a_dash()
    {
        var yaml = File.ReadAllText(CrashLoop);

        Cli.RunWithInput(yaml, "get", "pods", "-", "--at", "12s").Stdout.Should().Be(Cli.Run("get", "pods", CrashLoop, "--at", "12s").Stdout);
    }

    [Fact]
    public void Admission_refusals_are_reported_like_kubectl()
    {
        const string yaml = """
            apiVersion: v1
            kind: ResourceQuota
            metadata: {name: tiny}
            spec: {hard: {pods: "1"}}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: first}
            spec: {containers: [{name: c, image: nginx}]}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: second}
            spec: {containers: [{name: c, image: nginx}]}
            """;

        var result = Cli.RunWithInput(yaml, "get", "pods", "-", "--at", "1m");

        result.Exit.Should().Be(0);
        result.Stdout.Should().Be("NAME    READY   STATUS    RESTARTS   AGE\nfirst   1/1     Running   0          60s\n");
        result.Stderr.Should().Be("Error from server (Forbidden): pods \"second\" is forbidden: exceeded quota: tiny, requested: pods=1, used: pods=1, limited: pods=1\n");
    }
}
