using PodSim.Model;
using PodSim.Tests.Support;

namespace PodSim.Tests.Kubelet;

/// <summary>Configuration the container needs decides when it can be created.</summary>
public class ConfigurationTimelineTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    private const string CreateConfigMapAt30s = """
        apiVersion: podsim.io/v1alpha1
        kind: Scenario
        metadata: {name: config}
        spec:
          images: [{image: "busybox:1.36", present: true}]
          actions:
          - at: 30s
            create: {manifest: "{apiVersion: v1, kind: ConfigMap, metadata: {name: app-config}, data: {level: debug}}"}
        ---
        """;

    private static string Pod(string optional) => $$$"""
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - name: app
            image: busybox:1.36
            env:
            - name: LOG_LEVEL
              valueFrom: {configMapKeyRef: {name: app-config, key: level, optional: {{{optional}}}}}
        """;

    [Fact]
    public void Missing_config_map_waits_in_CreateContainerConfigError_until_it_is_created()
    {
        var sim = Sim.FromYaml(CreateConfigMapAt30s + "\n" + Pod("false"));
        sim.RunUntil(S(29));
        var waiting = sim.GetPod("web")!.Status!.ContainerStatuses[0].State!.Waiting!;
        waiting.Reason.Should().Be("CreateContainerConfigError");
        waiting.Message.Should().Be("configmap \"app-config\" not found");
        sim.Events.Should().Contain(e => e.Reason == "Failed" && e.Message == "Error: configmap \"app-config\" not found" && e.Type == "Warning");
        sim.GetPod("web")!.Status!.Phase.Should().Be(PodPhases.Pending);

        sim.RunUntil(S(40));
        sim.EventOccurrences.Single(e => e.Event.Reason == "Started").Offset.Should().Be(S(30));
        sim.GetPod("web")!.Status!.Phase.Should().Be(PodPhases.Running);
    }

    [Fact]
    public void Optional_reference_starts_at_once()
    {
        var sim = Sim.Run(CreateConfigMapAt30s + "\n" + Pod("true"), S(10));

        sim.EventOccurrences.Single(e => e.Event.Reason == "Started").Offset.Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void Missing_config_map_volume_holds_the_pod_in_ContainerCreating_with_FailedMount()
    {
        var sim = Sim.FromYaml(CreateConfigMapAt30s + """

            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
              - name: app
                image: busybox:1.36
                volumeMounts: [{name: config, mountPath: /etc/app}]
              volumes:
              - name: config
                configMap: {name: app-config}
            """);
        sim.RunUntil(S(29));
        var pod = sim.GetPod("web")!;
        pod.Status!.ContainerStatuses[0].State!.Waiting!.Reason.Should().Be("ContainerCreating");
        pod.Status.PodIP.Should().BeNull();
        sim.Events.Should().Contain(e => e.Reason == "FailedMount" && e.Type == "Warning"
            && e.Message == "MountVolume.SetUp failed for volume \"config\" : configmap \"app-config\" not found");

        sim.RunUntil(S(31));
        sim.EventOccurrences.Single(e => e.Event.Reason == "Started").Offset.Should().Be(S(30));
    }

    [Fact]
    public void SubPathExpr_naming_an_unset_variable_keeps_the_container_in_CreateContainerConfigError()
    {
        // Plain mounts cannot fail at container creation, but a sub-path mount is still checked on every start.
        var sim = Sim.Run(
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
              - name: app
                image: busybox:1.36
                volumeMounts: [{name: data, mountPath: /data, subPathExpr: $(NODE)}]
              volumes: [{name: data, emptyDir: {}}]
            """,
            S(60));

        var waiting = sim.GetPod("web")!.Status!.ContainerStatuses[0].State!.Waiting!;
        waiting.Reason.Should().Be("CreateContainerConfigError");
        waiting.Message.Should().Be("missing value for NODE");
    }
}
