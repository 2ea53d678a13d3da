using PodSim.Model;
using PodSim.Printing;
using static PodSim.Tests.Printing.PodFixtures;

namespace PodSim.Tests.Printing;

/// <summary>
/// Byte-for-byte table output. Column widths follow kubectl's tab writer (minimum 6, padding 3): NAME is the longest
/// name plus three, the last column is never padded.
/// </summary>
public class PodTablePrinterTests
{
    private static readonly Pod Nginx = WithPlacement(
        Pod(name: "nginx-7c5ddbdf54-x2x7q", phase: "Running", created: Ago(TimeSpan.FromMinutes(5)),
            statuses: [Status(Running(), ready: true)], conditions: [Condition("Ready", "True")]),
        "10.244.0.5", "node-1", labels: new Dictionary<string, string> { ["app"] = "nginx", ["pod-template-hash"] = "7c5ddbdf54" });

    private static readonly Pod Web = WithPlacement(
        Pod(name: "web-0", phase: "Running", created: Ago(TimeSpan.FromMinutes(190)),
            statuses: [Status(Waiting("CrashLoopBackOff"), restarts: 5, lastFinished: Ago(TimeSpan.FromSeconds(150)))]),
        "10.244.1.9", "node-2", nominated: "node-3");

    private static readonly Pod Job = WithPlacement(
        Pod(name: "pi-x8k2z", phase: "Succeeded", created: Ago(TimeSpan.FromDays(2)), statuses: [Status(Terminated("Completed"))]),
        null, "node-1");

    [Fact]
    public void Reference_sample_spacing()
    {
        var pod = Pod(name: "nginx", phase: "Running", created: Ago(TimeSpan.FromSeconds(10)), statuses: [Status(Running(), ready: true)]);

        PodTablePrinter.Print([pod], Now).Should().Be(
            "NAME    READY   STATUS    RESTARTS   AGE\n" +
            "nginx   1/1     Running   0          10s\n");
    }

    [Fact]
    public void Default_table_golden()
    {
        PodTablePrinter.Print([Nginx, Web, Job], Now).Should().Be(
            "NAME                     READY   STATUS             RESTARTS        AGE\n" +
            "nginx-7c5ddbdf54-x2x7q   1/1     Running            0               5m\n" +
            "web-0                    0/1     CrashLoopBackOff   5 (2m30s ago)   3h10m\n" +
            "pi-x8k2z                 0/1     Completed          0               2d\n");
    }

    [Fact]
    public void Wide_table_golden()
    {
        PodTablePrinter.Print([Nginx, Web, Job], Now, PodTableOptions.WideTable).Should().Be(
            "NAME                     READY   STATUS             RESTARTS        AGE     IP           NODE     NOMINATED NODE   READINESS GATES\n" +
            "nginx-7c5ddbdf54-x2x7q   1/1     Running            0               5m      10.244.0.5   node-1   <none>           <none>\n" +
            "web-0                    0/1     CrashLoopBackOff   5 (2m30s ago)   3h10m   10.244.1.9   node-2   node-3           <none>\n" +
            "pi-x8k2z                 0/1     Completed          0               2d      <none>       node-1   <none>           <none>\n");
    }

    [Fact]
    public void Namespace_and_labels_columns()
    {
        var options = new PodTableOptions { WithNamespace = true, ShowLabels = true };

        PodTablePrinter.Print([Nginx, Job], Now, options).Should().Be(
            "NAMESPACE   NAME                     READY   STATUS      RESTARTS   AGE   LABELS\n" +
            "default     nginx-7c5ddbdf54-x2x7q   1/1     Running     0          5m    app=nginx,pod-template-hash=7c5ddbdf54\n" +
            "batch       pi-x8k2z                 0/1     Completed   0          2d    <none>\n");
    }

    [Fact]
    public void No_headers_option_drops_the_header_line()
    {
        PodTablePrinter.Print([Job], Now, new PodTableOptions { NoHeaders = true }).Should().Be(
            "pi-x8k2z   0/1   Completed   0     2d\n");
    }

    [Fact]
    public void Empty_list_prints_nothing_and_the_cli_reports_no_resources()
    {
        PodTablePrinter.Print([], Now).Should().BeEmpty();
        PodTablePrinter.NoResourcesMessage("default").Should().Be("No resources found in default namespace.");
        PodTablePrinter.NoResourcesMessage(null).Should().Be("No resources found");
    }

    [Fact]
    public void Cells_are_cut_at_line_breaks_and_escaped()
    {
        var pod = Pod(name: "odd", phase: "Pending", reason: "Bad\nthing");
        var escaped = Pod(name: "esc\u001b[31m", phase: "Pending");

        PodTablePrinter.Print([pod, escaped], Now).Should().Be(
            "NAME        READY   STATUS    RESTARTS   AGE\n" +
            "odd         0/1     Bad...    0          <unknown>\n" +
            "esc^[[31m   0/1     Pending   0          <unknown>\n");
    }

    private static Pod WithPlacement(Pod pod, string? ip, string node, string? nominated = null, Dictionary<string, string>? labels = null) => pod with
    {
        Metadata = pod.Metadata with
        {
            Namespace = pod.Metadata.Name == "pi-x8k2z" ? "batch" : "default",
            Labels = labels ?? (IReadOnlyDictionary<string, string>)EmptyMap.Strings,
        },
        Spec = pod.Spec! with { NodeName = node },
        Status = pod.Status! with
        {
            PodIPs = ip is null ? [] : [new PodIP { IP = ip }],
            NominatedNodeName = nominated,
        },
    };
}
