using PodSim.Model;
using PodSim.Printing;
using static PodSim.Tests.Printing.PodFixtures;

namespace PodSim.Tests.Printing;

/// <summary>
/// <c>kubectl describe pod</c> output. Goldens are written line by line so trailing spaces (condition statuses,
/// empty cells) stay visible; alignment follows Go's tab writer block rule (padding 2).
/// </summary>
public class PodDescriberTests
{
    private static readonly string[] RunningGolden =
    [
        "Name:             web-0",
        "Namespace:        default",
        "Priority:         0",
        "Service Account:  default",
        "Node:             node-1/10.0.0.5",
        "Start Time:       Mon, 01 Jan 2024 11:48:00 +0000",
        "Labels:           app=web",
        "                  apps.kubernetes.io/pod-index=0",
        "Annotations:      <none>",
        "Status:           Running",
        "IP:               10.244.0.7",
        "IPs:",
        "  IP:           10.244.0.7",
        "Controlled By:  StatefulSet/web",
        "Containers:",
        "  web:",
        "    Container ID:   containerd://4f2a9c",
        "    Image:          nginx:1.25",
        "    Image ID:       docker.io/library/nginx@sha256:0d17b565",
        "    Port:           80/TCP (http)",
        "    Host Port:      0/TCP (http)",
        "    State:          Running",
        "      Started:      Mon, 01 Jan 2024 11:48:04 +0000",
        "    Ready:          True",
        "    Restart Count:  0",
        "    Limits:",
        "      cpu:     500m",
        "      memory:  128Mi",
        "    Requests:",
        "      cpu:      500m",
        "      memory:   128Mi",
        "    Liveness:   http-get http://:8080/healthz delay=0s timeout=1s period=10s #success=1 #failure=3",
        "    Readiness:  tcp-socket :http delay=5s timeout=1s period=5s #success=1 #failure=3",
        "    Environment:",
        "      MODE:      production",
        "      POD_NAME:  web-0 (v1:metadata.name)",
        "      POD_IP:     (v1:status.podIP)",
        "      PASSWORD:  <set to the key 'password' in secret 'web-secret'>  Optional: false",
        "    Mounts:",
        "      /usr/share/nginx/html from data (rw,path=\"html\")",
        "      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-7xk2p (ro)",
        "Conditions:",
        "  Type                        Status",
        "  PodReadyToStartContainers   True ",
        "  Initialized                 True ",
        "  Ready                       True ",
        "  ContainersReady             True ",
        "  PodScheduled                True ",
        "Volumes:",
        "  data:",
        "    Type:       EmptyDir (a temporary directory that shares a pod's lifetime)",
        "    Medium:     ",
        "    SizeLimit:  <unset>",
        "  kube-api-access-7xk2p:",
        "    Type:                    Projected (a volume that contains injected data from multiple sources)",
        "    TokenExpirationSeconds:  3607",
        "    ConfigMapName:           kube-root-ca.crt",
        "    Optional:                false",
        "    DownwardAPI:             true",
        "QoS Class:                   Guaranteed",
        "Node-Selectors:              <none>",
        "Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s",
        "                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s",
        "Events:",
        "  Type    Reason     Age   From               Message",
        "  ----    ------     ----  ----               -------",
        "  Normal  Scheduled  12m   default-scheduler  Successfully assigned default/web-0 to node-1",
        "  Normal  Pulled     11m   kubelet            spec.containers{web}: Container image \"nginx:1.25\" already present on machine",
        "  Normal  Created    11m   kubelet            spec.containers{web}: Created container: web",
        "  Normal  Started    11m   kubelet            spec.containers{web}: Started container web",
    ];

    private static readonly string[] CrashLoopGolden =
    [
        "Name:             crasher",
        "Namespace:        default",
        "Priority:         0",
        "Service Account:  default",
        "Node:             node-2/10.0.0.6",
        "Start Time:       Mon, 01 Jan 2024 11:48:00 +0000",
        "Labels:           <none>",
        "Annotations:      team: payments",
        "Status:           Running",
        "IP:               10.244.1.3",
        "IPs:",
        "  IP:  10.244.1.3",
        "Init Containers:",
        "  migrate:",
        "    Container ID:  containerd://aa01",
        "    Image:         busybox:1.36",
        "    Image ID:      docker.io/library/busybox@sha256:9ae97d36",
        "    Port:          <none>",
        "    Host Port:     <none>",
        "    Command:",
        "      sh",
        "      -c",
        "      echo migrated",
        "    State:          Terminated",
        "      Reason:       Completed",
        "      Exit Code:    0",
        "      Started:      Mon, 01 Jan 2024 11:48:02 +0000",
        "      Finished:     Mon, 01 Jan 2024 11:48:03 +0000",
        "    Ready:          True",
        "    Restart Count:  0",
        "    Environment:    <none>",
        "    Mounts:         <none>",
        "Containers:",
        "  app:",
        "    Container ID:  containerd://bb02",
        "    Image:         busybox:1.36",
        "    Image ID:      docker.io/library/busybox@sha256:9ae97d36",
        "    Port:          <none>",
        "    Host Port:     <none>",
        "    Command:",
        "      sh",
        "      -c",
        "    Args:",
        "      echo starting",
        "      exit 1",
        "    State:          Waiting",
        "      Reason:       CrashLoopBackOff",
        "    Last State:     Terminated",
        "      Reason:       Error",
        "      Exit Code:    1",
        "      Started:      Mon, 01 Jan 2024 11:58:25 +0000",
        "      Finished:     Mon, 01 Jan 2024 11:58:26 +0000",
        "    Ready:          False",
        "    Restart Count:  6",
        "    Requests:",
        "      cpu:     100m",
        "    Liveness:  exec [cat /tmp/healthy] delay=5s timeout=1s period=5s #success=1 #failure=3",
        "    Environment:",
        "      CPU_LIMIT:  node allocatable (limits.cpu)",
        "    Mounts:       <none>",
        "Conditions:",
        "  Type              Status",
        "  Initialized       True ",
        "  Ready             False ",
        "  ContainersReady   False ",
        "  PodScheduled      True ",
        "Volumes:            <none>",
        "QoS Class:          Burstable",
        "Node-Selectors:     kubernetes.io/os=linux",
        "Tolerations:        <none>",
        "Events:",
        "  Type     Reason     Age                From               Message",
        "  ----     ------     ----               ----               -------",
        "  Normal   Scheduled  12m                default-scheduler  Successfully assigned default/crasher to node-2",
        "  Normal   Pulled     95s (x7 over 11m)  kubelet            spec.containers{app}: Container image \"busybox:1.36\" already present on machine",
        "  Warning  BackOff    3s (x25 over 11m)  kubelet            spec.containers{app}: Back-off restarting failed container app in pod crasher_default(uid)",
    ];

    [Fact]
    public void Running_pod_with_probes_matches_the_golden() =>
        PodDescriber.Describe(DescribeSamples.RunningWeb(), DescribeSamples.RunningWebEvents(), Now).Should().Be(Text(RunningGolden));

    [Fact]
    public void Crash_looping_pod_shows_the_last_state_block() =>
        PodDescriber.Describe(DescribeSamples.CrashLooping(), DescribeSamples.CrashLoopingEvents(), Now).Should().Be(Text(CrashLoopGolden));

    [Fact]
    public void Pending_pod_without_statuses_golden()
    {
        var pod = new Pod
        {
            Metadata = new ObjectMeta { Name = "pending", Namespace = "default" },
            Spec = new PodSpec { Containers = [new Container { Name = "app", Image = "nginx" }] },
            Status = new PodStatus { Phase = "Pending", Conditions = [Condition("PodScheduled", "False", "Unschedulable")] },
        };

        PodDescriber.Describe(pod, [], Now).Should().Be(Text(
        [
            "Name:         pending",
            "Namespace:    default",
            "Node:         <none>",
            "Labels:       <none>",
            "Annotations:  <none>",
            "Status:       Pending",
            "IP:           ",
            "IPs:          <none>",
            "Containers:",
            "  app:",
            "    Image:        nginx",
            "    Port:         <none>",
            "    Host Port:    <none>",
            "    Environment:  <none>",
            "    Mounts:       <none>",
            "Conditions:",
            "  Type           Status",
            "  PodScheduled   False ",
            "Volumes:         <none>",
            "QoS Class:       BestEffort",
            "Node-Selectors:  <none>",
            "Tolerations:     <none>",
            "Events:          <none>",
        ]));
    }

    [Fact]
    public void Null_events_leave_the_events_section_out()
    {
        var text = PodDescriber.Describe(DescribeSamples.RunningWeb(), null, Now);

        text.Should().NotContain("Events:");
        text.Should().EndWith("node.kubernetes.io/unreachable:NoExecute op=Exists for 300s\n");
    }

    [Fact]
    public void Events_about_other_objects_are_ignored()
    {
        var others = new[] { DescribeSamples.PodEvent("Normal", "Scheduled", "x", "default-scheduler", Now, pod: "web-1") };

        PodDescriber.Describe(DescribeSamples.RunningWeb(), others, Now).Should().EndWith("Events:                      <none>\n");
    }

    [Fact]
    public void Event_rows_use_reporting_component_trim_messages_and_keep_order_of_ties()
    {
        var pod = DescribeSamples.RunningWeb();
        var at = Now - TimeSpan.FromSeconds(30);
        Event[] events =
        [
            DescribeSamples.PodEvent("Warning", "Second", "  padded message \n", "", at) with { ReportingComponent = "kubelet" },
            DescribeSamples.PodEvent("Normal", "First", "earlier", "scheduler", at - TimeSpan.FromMinutes(3)),
            DescribeSamples.PodEvent("Normal", "Third", "same time as Second", "kubelet", at),
        ];

        PodDescriber.Describe(pod, events, Now).Should().EndWith(Text(
        [
            "Events:",
            "  Type     Reason  Age    From       Message",
            "  ----     ------  ----   ----       -------",
            "  Normal   First   3m30s  scheduler  earlier",
            "  Warning  Second  30s    kubelet    padded message",
            "  Normal   Third   30s    kubelet    same time as Second",
        ]));
    }

    [Theory]
    [InlineData(-20, "Terminating (lasts <invalid>)")]
    [InlineData(45, "Terminating (lasts 45s)")]
    public void Deleted_running_pod_shows_terminating_and_the_grace_period(int secondsAgo, string status)
    {
        var pod = DescribeSamples.RunningWeb();
        pod = pod with { Metadata = pod.Metadata with { DeletionTimestamp = Now - TimeSpan.FromSeconds(secondsAgo), DeletionGracePeriodSeconds = 30 } };

        var text = PodDescriber.Describe(pod, null, Now);

        text.Should().Contain("Status:                    " + status + "\n");
        text.Should().Contain("Termination Grace Period:  30s\n");
    }

    [Fact]
    public void Deleted_succeeded_pod_shows_its_phase()
    {
        var pod = DescribeSamples.RunningWeb();
        pod = pod with
        {
            Metadata = pod.Metadata with { DeletionTimestamp = Now },
            Status = pod.Status! with { Phase = "Succeeded" },
        };

        PodDescriber.Describe(pod, null, Now).Should().Contain("Status:           Succeeded\n").And.NotContain("Termination Grace Period");
    }

    [Fact]
    public void Annotations_are_sorted_and_long_or_multiline_values_go_below_their_key()
    {
        var pod = Minimal() with
        {
            Metadata = new ObjectMeta
            {
                Name = "a",
                Namespace = "default",
                Annotations = new Dictionary<string, string>
                {
                    ["z"] = "last",
                    ["multi"] = "line one\nline two\n",
                    ["long"] = new string('x', 140),
                },
            },
        };

        PodDescriber.Describe(pod, null, Now).Should().Contain(Text(
        [
            "Annotations:  long:",
            "                " + new string('x', 138) + "...",
            "              multi:",
            "                line one",
            "                line two",
            "              z: last",
        ]));
    }

    [Fact]
    public void Tolerations_cover_value_effect_exists_and_seconds()
    {
        var pod = Minimal() with
        {
            Spec = Minimal().Spec! with
            {
                Tolerations =
                [
                    new Toleration { Operator = "Exists" },
                    new Toleration { Key = "dedicated", Operator = "Equal", Value = "gpu", Effect = "NoSchedule" },
                    new Toleration { Key = "maintenance", Operator = "Exists" },
                    new Toleration { Operator = "Exists", Effect = "NoExecute", TolerationSeconds = 60 },
                ],
            },
        };

        PodDescriber.Describe(pod, null, Now).Should().Contain(Text(
        [
            "Tolerations:      op=Exists",
            "                  :NoExecute op=Exists for 60s",
            "                  dedicated=gpu:NoSchedule",
            "                  maintenance op=Exists",
        ]));
    }

    [Fact]
    public void Environment_from_sources_keys_and_multiline_values()
    {
        var container = new Container
        {
            Name = "app",
            Image = "busybox",
            Resources = new ResourceRequirements { Requests = new Dictionary<string, Quantity> { ["memory"] = Quantity.Parse("64Mi") } },
            EnvFrom =
            [
                new EnvFromSource { ConfigMapRef = new ConfigMapEnvSource { Name = "settings" } },
                new EnvFromSource { Prefix = "DB_", SecretRef = new SecretEnvSource { Name = "db", Optional = true } },
            ],
            Env =
            [
                new EnvVar { Name = "GREETING", Value = "hello\nworld" },
                new EnvVar { Name = "LEVEL", ValueFrom = new EnvVarSource { ConfigMapKeyRef = new ConfigMapKeySelector { Name = "settings", Key = "level", Optional = true } } },
                new EnvVar { Name = "MEM_MI", ValueFrom = new EnvVarSource { ResourceFieldRef = new ResourceFieldSelector { Resource = "requests.memory", Divisor = Quantity.Parse("1Mi") } } },
                new EnvVar { Name = "NS", ValueFrom = new EnvVarSource { FieldRef = new ObjectFieldSelector { ApiVersion = "v1", FieldPath = "metadata.namespace" } } },
            ],
        };
        var pod = Minimal() with { Spec = new PodSpec { Containers = [container] } };

        PodDescriber.Describe(pod, null, Now).Should().Contain(Text(
        [
            "    Environment Variables from:",
            "      settings  ConfigMap                 Optional: false",
            "      db        Secret with prefix 'DB_'  Optional: true",
            "    Environment:",
            "      GREETING:  hello",
            "                 world",
            "      LEVEL:     <set to the key 'level' of config map 'settings'>  Optional: true",
            "      MEM_MI:    64 (requests.memory)",
            "      NS:        default (v1:metadata.namespace)",
            "    Mounts:      <none>",
        ]));
    }

    [Fact]
    public void Several_ports_use_the_plural_titles()
    {
        var container = new Container
        {
            Name = "app",
            Image = "nginx",
            Ports = [new ContainerPort { Port = 80, Protocol = "TCP" }, new ContainerPort { Name = "dns", Port = 53, HostPort = 5353, Protocol = "UDP" }],
        };
        var pod = Minimal() with { Spec = new PodSpec { Containers = [container] } };

        PodDescriber.Describe(pod, null, Now).Should().Contain(Text(
        [
            "    Ports:        80/TCP, 53/UDP (dns)",
            "    Host Ports:   0/TCP, 5353/UDP (dns)",
        ]));
    }

    [Fact]
    public void Volume_sources_print_their_fields()
    {
        var pod = Minimal() with
        {
            Spec = Minimal().Spec! with
            {
                Volumes =
                [
                    new Volume { Name = "host", HostPath = new HostPathVolumeSource { Path = "/var/log", Type = "Directory" } },
                    new Volume { Name = "secret", Secret = new SecretVolumeSource { SecretName = "tls" } },
                    new Volume { Name = "config", ConfigMap = new ConfigMapVolumeSource { Name = "settings", Optional = true } },
                    new Volume { Name = "claim", PersistentVolumeClaim = new PersistentVolumeClaimVolumeSource { ClaimName = "data-0" } },
                    new Volume { Name = "cache", EmptyDir = new EmptyDirVolumeSource { Medium = "Memory", SizeLimit = Quantity.Parse("1Gi") } },
                    new Volume
                    {
                        Name = "info",
                        DownwardAPI = new DownwardAPIVolumeSource
                        {
                            Items =
                            [
                                new DownwardAPIVolumeFile { Path = "labels", FieldRef = new ObjectFieldSelector { FieldPath = "metadata.labels" } },
                                new DownwardAPIVolumeFile { Path = "cpu", ResourceFieldRef = new ResourceFieldSelector { Resource = "limits.cpu" } },
                            ],
                        },
                    },
                    new Volume { Name = "nothing" },
                ],
            },
        };

        PodDescriber.Describe(pod, null, Now).Should().Contain(Text(
        [
            "Volumes:",
            "  host:",
            "    Type:          HostPath (bare host directory volume)",
            "    Path:          /var/log",
            "    HostPathType:  Directory",
            "  secret:",
            "    Type:        Secret (a volume populated by a Secret)",
            "    SecretName:  tls",
            "    Optional:    false",
            "  config:",
            "    Type:      ConfigMap (a volume populated by a ConfigMap)",
            "    Name:      settings",
            "    Optional:  true",
            "  claim:",
            "    Type:       PersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)",
            "    ClaimName:  data-0",
            "    ReadOnly:   false",
            "  cache:",
            "    Type:       EmptyDir (a temporary directory that shares a pod's lifetime)",
            "    Medium:     Memory",
            "    SizeLimit:  1Gi",
            "  info:",
            "    Type:  DownwardAPI (a volume populated by information about the pod)",
            "    Items:",
            "      metadata.labels -> labels",
            "      limits.cpu -> cpu",
            "  nothing:",
            "  <unknown>",
        ]));
    }

    [Fact]
    public void Readiness_gates_conditions_controller_and_nominated_node()
    {
        var pod = Minimal() with
        {
            Metadata = Minimal().Metadata with
            {
                OwnerReferences =
                [
                    new OwnerReference { Kind = "ConfigMap", Name = "not-a-controller" },
                    new OwnerReference { Kind = "ReplicaSet", Name = "web-5d9c", Controller = true },
                ],
            },
            Spec = Minimal().Spec! with { ReadinessGates = [new PodReadinessGate { ConditionType = "example.com/lb" }, new PodReadinessGate { ConditionType = "example.com/missing" }] },
            Status = Minimal().Status! with
            {
                NominatedNodeName = "node-9",
                Conditions = [Condition("example.com/lb", "True"), Condition("Ready", "False")],
            },
        };

        var text = PodDescriber.Describe(pod, null, Now);

        text.Should().Contain("Controlled By:      ReplicaSet/web-5d9c\nNominatedNodeName:  node-9\n");
        text.Should().Contain(Text(
        [
            "Readiness Gates:",
            "  Type                  Status",
            "  example.com/lb        True ",
            "  example.com/missing   <none> ",
            "Conditions:",
            "  Type             Status",
            "  example.com/lb   True ",
            "  Ready            False ",
        ]));
    }

    [Fact]
    public void Pod_level_resources_ephemeral_containers_and_computed_qos()
    {
        var limits = new Dictionary<string, Quantity> { ["cpu"] = Quantity.Parse("1"), ["memory"] = Quantity.Parse("1Gi") };
        var pod = Minimal() with
        {
            Spec = Minimal().Spec! with
            {
                Resources = new ResourceRequirements { Limits = limits, Requests = limits },
                EphemeralContainers = [new EphemeralContainer { Name = "debugger", Image = "busybox", TargetContainerName = "app" }],
            },
        };

        var text = PodDescriber.Describe(pod, null, Now);

        text.Should().Contain(Text(
        [
            "Resources:",
            "  Limits:",
            "    cpu:     1",
            "    memory:  1Gi",
            "  Requests:",
            "    cpu:     1",
            "    memory:  1Gi",
            "Containers:",
        ]));
        text.Should().Contain(Text(
        [
            "Ephemeral Containers:",
            "  debugger:",
            "    Image:        busybox",
        ]));
        text.Should().Contain("QoS Class:        Guaranteed\n");
    }

    [Fact]
    public void Topology_spread_constraints_are_sorted_by_key()
    {
        var pod = Minimal() with
        {
            Spec = Minimal().Spec! with
            {
                TopologySpreadConstraints =
                [
                    new TopologySpreadConstraint
                    {
                        TopologyKey = "topology.kubernetes.io/zone", WhenUnsatisfiable = "DoNotSchedule", MaxSkew = 1,
                        LabelSelector = new LabelSelector
                        {
                            MatchLabels = new Dictionary<string, string> { ["app"] = "web" },
                            MatchExpressions = [new LabelSelectorRequirement { Key = "tier", Operator = "In", Values = ["front", "edge"] }],
                        },
                    },
                    new TopologySpreadConstraint { TopologyKey = "kubernetes.io/hostname", WhenUnsatisfiable = "ScheduleAnyway", MaxSkew = 2 },
                ],
            },
        };

        PodDescriber.Describe(pod, null, Now).Should().Contain(Text(
        [
            "Topology Spread Constraints:  kubernetes.io/hostname:ScheduleAnyway when max skew 2 is exceeded",
            "                              topology.kubernetes.io/zone:DoNotSchedule when max skew 1 is exceeded for selector app=web,tier in (edge,front)",
        ]));
    }

    [Fact]
    public void Terminal_control_characters_are_escaped()
    {
        var pod = Minimal() with { Metadata = Minimal().Metadata with { Labels = new Dictionary<string, string> { ["x"] = "\u001b[2Jboom\r" } } };

        PodDescriber.Describe(pod, null, Now).Should().Contain("Labels:       x=^[[2Jboom\\r\n");
    }

    private static Pod Minimal() => new()
    {
        Metadata = new ObjectMeta { Name = "a", Namespace = "default" },
        Spec = new PodSpec { Containers = [new Container { Name = "app", Image = "nginx" }] },
        Status = new PodStatus { Phase = "Running" },
    };

    private static string Text(string[] lines) => string.Join("\n", lines) + "\n";
}
