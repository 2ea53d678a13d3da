using System.Globalization;
using System.Text;
using PodSim.Engine;
using PodSim.Manifests;
using PodSim.Tests.Support;

namespace PodSim.Tests.Kubelet;

/// <summary>Skipping settled probes changes nothing observable and keeps long horizons cheap.</summary>
public class ProbeCostTests
{
    private const string Scenario = """
        apiVersion: podsim.io/v1alpha1
        kind: Scenario
        metadata: {name: probes}
        spec:
          images: [{image: "nginx:1.25", present: true}]
          behaviors:
          - container: app
            readyAfter: 25s
            probes:
              readiness: [{from: 2m, to: 3m, result: Failure}, {from: 5m, to: 5m30s, latency: 3s, result: Success}]
              liveness: [{from: 7m, to: 7m25s, result: Failure}, {from: 20m, result: Failure}]
          - container: side
            runs: [{exitAfter: 4m, exitCode: 1}, {}]
        """;

    private const string PodTemplate = """
        apiVersion: v1
        kind: Pod
        metadata: {name: NAME}
        spec:
          initContainers:
          - name: side
            image: nginx:1.25
            restartPolicy: Always
            startupProbe: {tcpSocket: {port: 9000}, periodSeconds: 3}
            readinessProbe: {tcpSocket: {port: 9000}, periodSeconds: 7}
          containers:
          - name: app
            image: nginx:1.25
            readinessProbe: {httpGet: {path: /ready, port: 8080}, periodSeconds: 10, failureThreshold: 2, successThreshold: 2}
            livenessProbe: {httpGet: {path: /healthz, port: 8080}, periodSeconds: 10, initialDelaySeconds: 15, failureThreshold: 3}
        """;

    private static string Yaml(int pods)
    {
        var sb = new StringBuilder(Scenario);
        for (var i = 0; i < pods; i++)
        {
            sb.Append("\n---\n").Append(PodTemplate.Replace("NAME", "web-" + i.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }

        return sb.ToString();
    }

    private static Simulation Run(string yaml, bool everyPeriod, TimeSpan until)
    {
        var sim = Simulation.FromManifests(new ManifestLoader().LoadString(yaml));
        sim.ProbeEveryPeriod = everyPeriod;
        sim.RunUntil(until);
        return sim;
    }

    private static string Log(Simulation sim) =>
        string.Join('\n', sim.EventOccurrences.Select(e => e.ToString())) + "\n" + string.Join('\n', sim.Transitions.Select(t => t.ToString())) +
        "\n" + ManifestWriter.ToYaml(sim.Snapshot().Objects);

    [Fact]
    public void Skipping_settled_probes_gives_the_same_timeline_as_probing_every_period()
    {
        var yaml = Yaml(3);
        var optimised = Run(yaml, everyPeriod: false, TimeSpan.FromMinutes(40));
        var reference = Run(yaml, everyPeriod: true, TimeSpan.FromMinutes(40));

        optimised.EventOccurrences.Should().Contain(e => e.Event.Reason == "Killing");
        optimised.EventOccurrences.Should().Contain(e => e.Event.Reason == "Unhealthy" && e.Event.Message!.StartsWith("Readiness", StringComparison.Ordinal));
        Log(optimised).Should().Be(Log(reference));
        optimised.ProcessedWorkCount.Should().BeLessThan(reference.ProcessedWorkCount);
    }

    [Fact]
    public void Healthy_probed_pods_cost_little_more_over_a_day_than_over_an_hour()
    {
        var sb = new StringBuilder("apiVersion: podsim.io/v1alpha1\nkind: Scenario\nmetadata: {name: fleet}\nspec:\n  images: [{image: \"nginx:1.25\", present: true}]\n");
        for (var i = 0; i < 1000; i++)
        {
            sb.Append("---\napiVersion: v1\nkind: Pod\nmetadata: {name: p").Append(i.ToString(CultureInfo.InvariantCulture))
                .Append("}\nspec:\n  containers:\n  - name: app\n    image: nginx:1.25\n")
                .Append("    readinessProbe: {httpGet: {path: /ready, port: 8080}, periodSeconds: 10}\n")
                .Append("    livenessProbe: {httpGet: {path: /healthz, port: 8080}, periodSeconds: 10}\n");
        }

        var yaml = sb.ToString();
        var hour = Run(yaml, everyPeriod: false, TimeSpan.FromHours(1));
        var day = Run(yaml, everyPeriod: false, TimeSpan.FromHours(24));

        day.Pods.Should().OnlyContain(p => p.Status!.Conditions.Any(c => c.Type == "Ready" && c.Status == "True"));
        day.ProcessedWorkCount.Should().BeLessThan(10 * hour.ProcessedWorkCount);
        day.ProcessedWorkCount.Should().Be(hour.ProcessedWorkCount, "settled probes schedule nothing more");
    }
}
