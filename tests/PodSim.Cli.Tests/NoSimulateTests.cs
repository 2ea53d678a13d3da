namespace PodSim.Cli.Tests;

/// <summary>
/// <c>podsim get pods --no-simulate</c> prints saved objects as kubectl does. The cases are kubectl's own
/// (TestPrintPod and TestPrintPodWithRestartableInitContainer in printers_test.go) written as the YAML
/// <c>kubectl get pod -o yaml</c> would give, with "now" at 2025-06-01T12:00:00Z.
/// </summary>
public class NoSimulateTests
{
    private const string Now = "2025-06-01T12:00:00Z";
    private const string TenSecondsAgo = "2025-06-01T11:59:50Z";

    public static TheoryData<string, string, string, string, string> KubectlCases => new()
    {
        {
            "test1: phase, ready count, restarts summed",
            "containers: [{name: a, image: i}, {name: b, image: i}]",
            "phase: podPhase\n  containerStatuses:\n  - {name: a, image: i, imageID: '', ready: true, restartCount: 3, state: {running: {}}}\n  - {name: b, image: i, imageID: '', ready: false, restartCount: 3}",
            "1/2 podPhase 6",
            string.Empty
        },
        {
            "test2: container waiting reason overrides the phase",
            "containers: [{name: a, image: i}, {name: b, image: i}]",
            "phase: podPhase\n  containerStatuses:\n  - {name: a, image: i, imageID: '', ready: true, restartCount: 3, state: {running: {}}}\n  - {name: b, image: i, imageID: '', ready: false, restartCount: 3, state: {waiting: {reason: ContainerWaitingReason}}}",
            "1/2 ContainerWaitingReason 6",
            string.Empty
        },
        {
            "test3: the first container's reason wins",
            "containers: [{name: a, image: i}, {name: b, image: i}]",
            "phase: podPhase\n  containerStatuses:\n  - {name: a, image: i, imageID: '', ready: false, restartCount: 3, state: {waiting: {reason: ContainerWaitingReason}}}\n  - {name: b, image: i, imageID: '', ready: false, restartCount: 3, state: {terminated: {reason: ContainerTerminatedReason, exitCode: 0}}}",
            "0/2 ContainerWaitingReason 6",
            string.Empty
        },
        {
            "test5: status reason replaces the phase",
            "containers: [{name: a, image: i}, {name: b, image: i}]",
            "phase: podPhase\n  reason: podReason\n  containerStatuses:\n  - {name: a, image: i, imageID: '', ready: true, restartCount: 3, state: {running: {}}}\n  - {name: b, image: i, imageID: '', ready: true, restartCount: 3}",
            "1/2 podReason 6",
            string.Empty
        },
        {
            "test6: completed plus running without a Ready condition is NotReady",
            "containers: [{name: a, image: i}, {name: b, image: i}]",
            "phase: Running\n  containerStatuses:\n  - {name: a, image: i, imageID: '', ready: true, restartCount: 3, state: {terminated: {reason: Completed, exitCode: 0}}}\n  - {name: b, image: i, imageID: '', ready: true, restartCount: 3, state: {running: {}}}",
            "1/2 NotReady 6",
            string.Empty
        },
        {
            "test7: init container restarting",
            "initContainers: [{name: i0, image: i}]\n  containers: [{name: a, image: i}]",
            $"phase: podPhase\n  initContainerStatuses:\n  - {{name: i0, image: i, imageID: '', ready: false, restartCount: 3, state: {{running: {{}}}}, lastState: {{terminated: {{exitCode: 1, finishedAt: '{TenSecondsAgo}'}}}}}}\n  containerStatuses:\n  - {{name: a, image: i, imageID: '', ready: false, restartCount: 0, state: {{waiting: {{}}}}}}",
            "0/1 Init:0/1 3",
            "(10s ago)"
        },
        {
            "test12: restarted five days ago",
            "containers: [{name: a, image: i}]",
            "phase: Running\n  containerStatuses:\n  - {name: a, image: i, imageID: '', ready: true, restartCount: 3, state: {running: {}}, lastState: {terminated: {exitCode: 1, finishedAt: '2025-05-27T12:00:00Z'}}}",
            "1/1 Running 3",
            "(5d ago)"
        },
        {
            "test15: scheduling gated",
            "containers: [{name: a, image: i}, {name: b, image: i}]",
            "phase: podPhase\n  conditions: [{type: PodScheduled, status: 'False', reason: SchedulingGated}]",
            "0/2 SchedulingGated 0",
            string.Empty
        },
        {
            "test16: succeeded pod is Completed",
            "containers: [{name: a, image: i}]",
            "phase: Succeeded\n  containerStatuses:\n  - {name: a, image: i, imageID: '', ready: false, restartCount: 0, state: {terminated: {reason: Completed, exitCode: 0}}}",
            "0/1 Completed 0",
            string.Empty
        },
        {
            "test17: failed pod shows Error",
            "containers: [{name: a, image: i}]",
            "phase: Failed\n  containerStatuses:\n  - {name: a, image: i, imageID: '', ready: false, restartCount: 0, state: {terminated: {reason: Error, exitCode: 1}}}",
            "0/1 Error 0",
            string.Empty
        },
        {
            "test19: deleted running pod is Terminating",
            "containers: [{name: a, image: i}]",
            "phase: Running\n  containerStatuses:\n  - {name: a, image: i, imageID: '', ready: false, restartCount: 0, state: {running: {}}}",
            "0/1 Terminating 0",
            "deleted"
        },
        {
            "sidecar 3: both sidecars started, app running",
            "initContainers: [{name: s1, image: i, restartPolicy: Always}, {name: s2, image: i, restartPolicy: Always}]\n  containers: [{name: a, image: i}]",
            $"phase: Running\n  conditions: [{{type: Initialized, status: 'True'}}]\n  initContainerStatuses:\n  - {{name: s1, image: i, imageID: '', ready: false, started: true, restartCount: 3, state: {{running: {{}}}}, lastState: {{terminated: {{exitCode: 1, finishedAt: '{TenSecondsAgo}'}}}}}}\n  - {{name: s2, image: i, imageID: '', ready: false, started: true, restartCount: 0, state: {{running: {{}}}}}}\n  containerStatuses:\n  - {{name: a, image: i, imageID: '', ready: true, restartCount: 4, state: {{running: {{}}}}, lastState: {{terminated: {{exitCode: 1, finishedAt: '2025-06-01T11:59:40Z'}}}}}}",
            "1/3 Running 7",
            "(10s ago)"
        },
        {
            "sidecar 4: sidecars killed after the app completed",
            "initContainers: [{name: s1, image: i, restartPolicy: Always}, {name: s2, image: i, restartPolicy: Always}]\n  containers: [{name: a, image: i}]",
            $"phase: Succeeded\n  conditions: [{{type: Initialized, status: 'True'}}]\n  initContainerStatuses:\n  - {{name: s1, image: i, imageID: '', ready: false, started: false, restartCount: 3, state: {{terminated: {{reason: Error, exitCode: 137}}}}, lastState: {{terminated: {{exitCode: 1, finishedAt: '{TenSecondsAgo}'}}}}}}\n  - {{name: s2, image: i, imageID: '', ready: false, started: false, restartCount: 0, state: {{terminated: {{reason: Error, exitCode: 137}}}}}}\n  containerStatuses:\n  - {{name: a, image: i, imageID: '', ready: false, restartCount: 4, state: {{terminated: {{reason: Completed, exitCode: 0}}}}, lastState: {{terminated: {{exitCode: 1, finishedAt: '2025-06-01T11:59:40Z'}}}}}}",
            "0/3 Completed 7",
            "(10s ago)"
        },
        {
            "rule: a terminated container without reason shows its signal",
            "containers: [{name: a, image: i}]",
            "phase: Running\n  containerStatuses:\n  - {name: a, image: i, imageID: '', ready: false, restartCount: 0, state: {terminated: {exitCode: 137, signal: 9}}}",
            "0/1 Signal:9 0",
            string.Empty
        },
        {
            "rule: a terminated container without reason or signal shows its exit code",
            "containers: [{name: a, image: i}]",
            "phase: Running\n  containerStatuses:\n  - {name: a, image: i, imageID: '', ready: false, restartCount: 0, state: {terminated: {exitCode: 2}}}",
            "0/1 ExitCode:2 0",
            string.Empty
        },
    };

    [Theory]
    [MemberData(nameof(KubectlCases))]
    public void Saved_pod_prints_kubectls_ready_status_and_restarts(string name, string spec, string status, string expected, string note)
    {
        var deletion = note == "deleted" ? "\n  deletionTimestamp: '2025-06-01T11:59:50Z'" : string.Empty;
        var yaml = $"apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  creationTimestamp: '2025-06-01T11:00:00Z'{deletion}\nspec:\n  {spec}\nstatus:\n  {status}\n";

        var result = Cli.RunWithInput(yaml, "get", "pods", "--no-simulate", "--now", Now, "-");

        result.Exit.Should().Be(0, name + "\n" + result);
        result.Stderr.Should().BeEmpty(name);
        var row = result.Stdout.Split('\n')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var restartNote = note.StartsWith('(') ? " " + note : string.Empty;
        string.Join(' ', row).Should().Be("p " + expected + restartNote + " 60m", name);
    }

    [Fact]
    public void Saved_pods_sample_prints_the_table_kubectl_printed()
    {
        var result = Cli.Run("get", "pods", "--no-simulate", "--now", Now, "samples/saved/pods.yaml");

        result.Exit.Should().Be(0, result.ToString());
        result.Stderr.Should().BeEmpty();
        result.Stdout.Should().Be(
            """
            NAME                     READY   STATUS             RESTARTS      AGE
            api-old                  1/1     Terminating        0             5d4h
            db-migrating             0/1     Init:0/1           3 (10s ago)   5m
            mesh-app                 1/3     Running            7 (10s ago)   3d
            report-28312345-done     0/1     Completed          0             120m
            report-28312345-failed   0/1     Error              0             120m
            web-7d4b9c6f5-x2x9q      0/1     CrashLoopBackOff   5 (90s ago)   10m

            """);
    }

    [Fact]
    public void Without_now_ages_are_measured_from_the_wall_clock()
    {
        // The tests inject 2025-06-01T12:00:00Z as the wall clock: the same table as with --now.
        Cli.Run("get", "pods", "--no-simulate", "samples/saved/pods.yaml").Stdout
            .Should().Be(Cli.Run("get", "pods", "--no-simulate", "--now", Now, "samples/saved/pods.yaml").Stdout);

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        PodSimCli.Run(["get", "pods", "--no-simulate", "samples/saved/pods.yaml"], stdout, stderr, TextReader.Null, () => new DateTimeOffset(2025, 6, 2, 12, 0, 0, TimeSpan.Zero));
        var row = stdout.ToString().Split('\n')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        row.Should().Equal(["api-old", "1/1", "Terminating", "0", "6d4h"], "a day later the pod is a day older");
    }

    [Fact]
    public void Json_and_yaml_print_the_objects_as_given()
    {
        var json = Cli.Run("get", "pods", "--no-simulate", "-o", "json", "samples/saved/pods.yaml");
        json.Exit.Should().Be(0);
        json.Stdout.Should().Contain("\"name\": \"web-7d4b9c6f5-x2x9q\"").And.Contain("\"reason\": \"CrashLoopBackOff\"");
        json.Stdout.Should().NotContain("\"terminationMessagePath\"", "nothing is defaulted");
    }

    [Theory]
    [InlineData("--at", "1m", "error: --at cannot be used with --no-simulate (use --now)")]
    [InlineData("--now", "2025-06-01T12:00:00Z", "error: --now needs --no-simulate (simulated ages use the virtual clock; use --at)")]
    public void At_and_now_belong_to_their_own_modes(string flag, string value, string error)
    {
        var args = flag == "--at"
            ? new[] { "get", "pods", "--no-simulate", flag, value, "samples/saved/pods.yaml" }
            : ["get", "pods", flag, value, "samples/saved/pods.yaml"];

        var result = Cli.Run(args);

        result.Exit.Should().Be(2);
        result.StderrLines.Should().Equal(error, "See 'podsim get pods --help' for usage.");
    }

    [Fact]
    public void Now_must_be_RFC_3339()
    {
        var result = Cli.Run("get", "pods", "--no-simulate", "--now", "yesterday", "samples/saved/pods.yaml");

        result.Exit.Should().Be(2);
        result.StderrLines[0].Should().Be("error: invalid argument \"yesterday\" for \"--now\" flag: expected an RFC 3339 time such as 2025-01-01T00:05:00Z");
    }
}
