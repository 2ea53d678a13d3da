using PodSim.Model;
using static PodSim.Tests.Printing.PodFixtures;

namespace PodSim.Tests.Printing;

/// <summary>Pods and events for the describe goldens.</summary>
internal static class DescribeSamples
{
    public static readonly DateTimeOffset Created = Now - TimeSpan.FromMinutes(12);

    public static Pod RunningWeb() => new()
    {
        ApiVersion = "v1",
        Kind = "Pod",
        Metadata = new ObjectMeta
        {
            Name = "web-0",
            Namespace = "default",
            Uid = "uid-web-0",
            CreationTimestamp = Created,
            Labels = new Dictionary<string, string> { ["app"] = "web", ["apps.kubernetes.io/pod-index"] = "0" },
            OwnerReferences = [new OwnerReference { ApiVersion = "apps/v1", Kind = "StatefulSet", Name = "web", Controller = true }],
        },
        Spec = new PodSpec
        {
            Priority = 0,
            ServiceAccountName = "default",
            NodeName = "node-1",
            Containers =
            [
                new Container
                {
                    Name = "web",
                    Image = "nginx:1.25",
                    Ports = [new ContainerPort { Name = "http", Port = 80, Protocol = "TCP" }],
                    Resources = new ResourceRequirements
                    {
                        Limits = new Dictionary<string, Quantity> { ["memory"] = Quantity.Parse("128Mi"), ["cpu"] = Quantity.Parse("500m") },
                        Requests = new Dictionary<string, Quantity> { ["memory"] = Quantity.Parse("128Mi"), ["cpu"] = Quantity.Parse("500m") },
                    },
                    LivenessProbe = new Probe
                    {
                        HttpGet = new HttpGetAction { Path = "/healthz", Port = 8080, Scheme = "HTTP" },
                        TimeoutSeconds = 1, PeriodSeconds = 10, SuccessThreshold = 1, FailureThreshold = 3,
                    },
                    ReadinessProbe = new Probe
                    {
                        TcpSocket = new TcpSocketAction { Port = "http" },
                        InitialDelaySeconds = 5, TimeoutSeconds = 1, PeriodSeconds = 5, SuccessThreshold = 1, FailureThreshold = 3,
                    },
                    Env =
                    [
                        new EnvVar { Name = "MODE", Value = "production" },
                        new EnvVar { Name = "POD_NAME", ValueFrom = new EnvVarSource { FieldRef = new ObjectFieldSelector { ApiVersion = "v1", FieldPath = "metadata.name" } } },
                        new EnvVar { Name = "POD_IP", ValueFrom = new EnvVarSource { FieldRef = new ObjectFieldSelector { ApiVersion = "v1", FieldPath = "status.podIP" } } },
                        new EnvVar { Name = "PASSWORD", ValueFrom = new EnvVarSource { SecretKeyRef = new SecretKeySelector { Name = "web-secret", Key = "password" } } },
                    ],
                    VolumeMounts =
                    [
                        new VolumeMount { Name = "kube-api-access-7xk2p", MountPath = "/var/run/secrets/kubernetes.io/serviceaccount", ReadOnly = true },
                        new VolumeMount { Name = "data", MountPath = "/usr/share/nginx/html", SubPath = "html" },
                    ],
                },
            ],
            Volumes =
            [
                new Volume { Name = "data", EmptyDir = new EmptyDirVolumeSource() },
                new Volume
                {
                    Name = "kube-api-access-7xk2p",
                    Projected = new ProjectedVolumeSource
                    {
                        Sources =
                        [
                            new VolumeProjection { ServiceAccountToken = new ServiceAccountTokenProjection { ExpirationSeconds = 3607, Path = "token" } },
                            new VolumeProjection { ConfigMap = new ConfigMapProjection { Name = "kube-root-ca.crt" } },
                            new VolumeProjection { DownwardAPI = new DownwardAPIProjection() },
                        ],
                    },
                },
            ],
            Tolerations =
            [
                new Toleration { Key = "node.kubernetes.io/unreachable", Operator = "Exists", Effect = "NoExecute", TolerationSeconds = 300 },
                new Toleration { Key = "node.kubernetes.io/not-ready", Operator = "Exists", Effect = "NoExecute", TolerationSeconds = 300 },
            ],
        },
        Status = new PodStatus
        {
            Phase = "Running",
            HostIP = "10.0.0.5",
            PodIP = "10.244.0.7",
            PodIPs = [new PodIP { IP = "10.244.0.7" }],
            StartTime = Created,
            QosClass = "Guaranteed",
            Conditions =
            [
                Condition("PodReadyToStartContainers", "True"),
                Condition("Initialized", "True"),
                Condition("Ready", "True"),
                Condition("ContainersReady", "True"),
                Condition("PodScheduled", "True"),
            ],
            ContainerStatuses =
            [
                new ContainerStatus
                {
                    Name = "web",
                    ContainerID = "containerd://4f2a9c",
                    Image = "docker.io/library/nginx:1.25",
                    ImageID = "docker.io/library/nginx@sha256:0d17b565",
                    Ready = true,
                    Started = true,
                    RestartCount = 0,
                    State = new ContainerState { Running = new ContainerStateRunning { StartedAt = Created + TimeSpan.FromSeconds(4) } },
                },
            ],
        },
    };

    public static IReadOnlyList<Event> RunningWebEvents() =>
    [
        PodEvent("Normal", "Pulled", "Container image \"nginx:1.25\" already present on machine", "kubelet", Created + TimeSpan.FromSeconds(2), fieldPath: "spec.containers{web}"),
        PodEvent("Normal", "Scheduled", "Successfully assigned default/web-0 to node-1", "default-scheduler", Created),
        PodEvent("Normal", "Created", "Created container: web", "kubelet", Created + TimeSpan.FromSeconds(3), fieldPath: "spec.containers{web}"),
        PodEvent("Normal", "Started", "Started container web", "kubelet", Created + TimeSpan.FromSeconds(4), fieldPath: "spec.containers{web}"),
        PodEvent("Warning", "Unrelated", "about another pod", "kubelet", Created, pod: "web-1"),
    ];

    public static Pod CrashLooping() => new()
    {
        Metadata = new ObjectMeta
        {
            Name = "crasher",
            Namespace = "default",
            CreationTimestamp = Created,
            Annotations = new Dictionary<string, string> { ["team"] = "payments", ["kubectl.kubernetes.io/last-applied-configuration"] = "{}" },
        },
        Spec = new PodSpec
        {
            Priority = 0,
            ServiceAccountName = "default",
            NodeName = "node-2",
            InitContainers =
            [
                new Container { Name = "migrate", Image = "busybox:1.36", Command = ["sh", "-c", "echo migrated"] },
            ],
            Containers =
            [
                new Container
                {
                    Name = "app",
                    Image = "busybox:1.36",
                    Command = ["sh", "-c"],
                    Args = ["echo starting\nexit 1"],
                    Resources = new ResourceRequirements { Requests = new Dictionary<string, Quantity> { ["cpu"] = Quantity.Parse("100m") } },
                    LivenessProbe = new Probe
                    {
                        Exec = new ExecAction { Command = ["cat", "/tmp/healthy"] },
                        InitialDelaySeconds = 5, TimeoutSeconds = 1, PeriodSeconds = 5, SuccessThreshold = 1, FailureThreshold = 3,
                    },
                    Env = [new EnvVar { Name = "CPU_LIMIT", ValueFrom = new EnvVarSource { ResourceFieldRef = new ResourceFieldSelector { Resource = "limits.cpu" } } }],
                },
            ],
            NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "linux" },
        },
        Status = new PodStatus
        {
            Phase = "Running",
            HostIP = "10.0.0.6",
            PodIP = "10.244.1.3",
            PodIPs = [new PodIP { IP = "10.244.1.3" }],
            StartTime = Created,
            Conditions =
            [
                Condition("Initialized", "True"),
                Condition("Ready", "False"),
                Condition("ContainersReady", "False"),
                Condition("PodScheduled", "True"),
            ],
            InitContainerStatuses =
            [
                new ContainerStatus
                {
                    Name = "migrate",
                    ContainerID = "containerd://aa01",
                    ImageID = "docker.io/library/busybox@sha256:9ae97d36",
                    Ready = true,
                    RestartCount = 0,
                    State = new ContainerState
                    {
                        Terminated = new ContainerStateTerminated
                        {
                            Reason = "Completed", ExitCode = 0,
                            StartedAt = Created + TimeSpan.FromSeconds(2), FinishedAt = Created + TimeSpan.FromSeconds(3),
                        },
                    },
                },
            ],
            ContainerStatuses =
            [
                new ContainerStatus
                {
                    Name = "app",
                    ContainerID = "containerd://bb02",
                    ImageID = "docker.io/library/busybox@sha256:9ae97d36",
                    Ready = false,
                    Started = false,
                    RestartCount = 6,
                    State = new ContainerState { Waiting = new ContainerStateWaiting { Reason = "CrashLoopBackOff", Message = "back-off 2m40s restarting failed container=app" } },
                    LastState = new ContainerState
                    {
                        Terminated = new ContainerStateTerminated
                        {
                            Reason = "Error", ExitCode = 1,
                            StartedAt = Now - TimeSpan.FromSeconds(95), FinishedAt = Now - TimeSpan.FromSeconds(94),
                        },
                    },
                },
            ],
        },
    };

    public static IReadOnlyList<Event> CrashLoopingEvents() =>
    [
        PodEvent("Normal", "Scheduled", "Successfully assigned default/crasher to node-2", "default-scheduler", Created, pod: "crasher"),
        PodEvent("Normal", "Pulled", "Container image \"busybox:1.36\" already present on machine", "kubelet", Created + TimeSpan.FromSeconds(4), fieldPath: "spec.containers{app}", count: 7, last: Now - TimeSpan.FromSeconds(95), pod: "crasher"),
        PodEvent("Warning", "BackOff", "Back-off restarting failed container app in pod crasher_default(uid)", "kubelet", Created + TimeSpan.FromSeconds(20), fieldPath: "spec.containers{app}", count: 25, last: Now - TimeSpan.FromSeconds(3), pod: "crasher"),
    ];

    public static Event PodEvent(string type, string reason, string message, string component, DateTimeOffset first, string? fieldPath = null, int count = 1, DateTimeOffset? last = null, string pod = "web-0") => new()
    {
        Type = type,
        Reason = reason,
        Message = message,
        Source = new EventSource { Component = component },
        FirstTimestamp = first,
        LastTimestamp = last ?? first,
        Count = count,
        InvolvedObject = new ObjectReference { Kind = "Pod", Namespace = "default", Name = pod, FieldPath = fieldPath },
    };
}
