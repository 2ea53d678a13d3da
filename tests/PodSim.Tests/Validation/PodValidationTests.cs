using PodSim.Model;
using PodSim.Validation;
using static PodSim.Tests.Validation.ValidationFixtures;

namespace PodSim.Tests.Validation;

public class PodValidationTests
{
    private static readonly Dictionary<string, string> NoLabels = [];

    public static TheoryData<string, Func<Pod, Pod>, string[]> InvalidPods => new()
    {
        // metadata
        { "missing name", p => p with { Metadata = p.Metadata with { Name = null } }, ["metadata.name: Required value: name or generateName is required"] },
        { "name is not a DNS subdomain", p => p with { Metadata = p.Metadata with { Name = "My_Pod" } }, [$"metadata.name: Invalid value: \"My_Pod\": {Dns1123SubdomainMsg}"] },
        { "missing namespace", p => p with { Metadata = p.Metadata with { Namespace = null } }, ["metadata.namespace: Required value"] },
        { "namespace is not a DNS label", p => p with { Metadata = p.Metadata with { Namespace = "Bad.NS" } }, [$"metadata.namespace: Invalid value: \"Bad.NS\": {Dns1123LabelMsg}"] },
        { "bad label key", p => p with { Metadata = p.Metadata with { Labels = new Dictionary<string, string> { ["-bad"] = "x" } } }, [$"metadata.labels: Invalid value: \"-bad\": {QualifiedNameMsg}"] },
        { "bad label value", p => p with { Metadata = p.Metadata with { Labels = new Dictionary<string, string> { ["app"] = "bad value" } } }, [$"metadata.labels: Invalid value: \"bad value\": {LabelValueMsg}"] },
        { "negative generation", p => p with { Metadata = p.Metadata with { Generation = -1 } }, ["metadata.generation: Invalid value: -1: must be greater than or equal to 0"] },
        {
            "annotation key with two slashes", p => p with { Metadata = p.Metadata with { Annotations = new Dictionary<string, string> { ["a/b/c"] = "x" } } },
            ["metadata.annotations: Invalid value: \"a/b/c\": a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"]
        },

        // pod spec scalars
        { "grace period missing", p => p.WithSpec(s => s with { TerminationGracePeriodSeconds = null }), ["spec.terminationGracePeriodSeconds: Required value"] },
        { "unknown restartPolicy", p => p.WithSpec(s => s with { RestartPolicy = "Sometimes" }), ["spec.restartPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"OnFailure\", \"Never\""] },
        { "empty restartPolicy", p => p.WithSpec(s => s with { RestartPolicy = "" }), ["spec.restartPolicy: Required value"] },
        { "unknown dnsPolicy", p => p.WithSpec(s => s with { DnsPolicy = "Bogus" }), ["spec.dnsPolicy: Unsupported value: \"Bogus\": supported values: \"ClusterFirstWithHostNet\", \"ClusterFirst\", \"Default\", \"None\""] },
        { "dnsPolicy None without dnsConfig", p => p.WithSpec(s => s with { DnsPolicy = DnsPolicies.None }), ["spec.dnsConfig: Required value: must provide `dnsConfig` when `dnsPolicy` is None"] },
        { "activeDeadlineSeconds zero", p => p.WithSpec(s => s with { ActiveDeadlineSeconds = 0 }), ["spec.activeDeadlineSeconds: Invalid value: 0: must be between 1 and 2147483647, inclusive"] },
        { "activeDeadlineSeconds above int32", p => p.WithSpec(s => s with { ActiveDeadlineSeconds = 2147483648L }), ["spec.activeDeadlineSeconds: Invalid value: 2147483648: must be between 1 and 2147483647, inclusive"] },
        { "nodeName not a subdomain", p => p.WithSpec(s => s with { NodeName = "Node_1" }), [$"spec.nodeName: Invalid value: \"Node_1\": {Dns1123SubdomainMsg}"] },
        { "serviceAccountName not a subdomain", p => p.WithSpec(s => s with { ServiceAccountName = "my sa" }), [$"spec.serviceAccountName: Invalid value: \"my sa\": {Dns1123SubdomainMsg}"] },
        { "hostname with dots", p => p.WithSpec(s => s with { Hostname = "my.host" }), ["spec.hostname: Invalid value: \"my.host\": must not contain dots"] },
        { "nodeSelector bad value", p => p.WithSpec(s => s with { NodeSelector = new Dictionary<string, string> { ["disk"] = "ssd!" } }), [$"spec.nodeSelector: Invalid value: \"ssd!\": {LabelValueMsg}"] },
        { "ephemeral containers on create", p => p.WithSpec(s => s with { EphemeralContainers = [new EphemeralContainer { Name = "debug", Image = "busybox", ImagePullPolicy = "IfNotPresent", TerminationMessagePolicy = "File", TargetContainerName = "app" }] }), ["spec.ephemeralContainers: Forbidden: cannot be set on create"] },
        { "nodeName with scheduling gates", p => p.WithSpec(s => s with { NodeName = "node-1", SchedulingGates = [new PodSchedulingGate { Name = "example.com/gate" }] }), ["spec.nodeName: Forbidden: cannot be set until all schedulingGates have been cleared"] },
        { "duplicate scheduling gate", p => p.WithSpec(s => s with { SchedulingGates = [new PodSchedulingGate { Name = "example.com/gate" }, new PodSchedulingGate { Name = "example.com/gate" }] }), ["spec.schedulingGates[1]: Duplicate value: \"example.com/gate\""] },
        { "readiness gate not a qualified name", p => p.WithSpec(s => s with { ReadinessGates = [new PodReadinessGate { ConditionType = "bad type" }] }), [$"spec.readinessGates[0].conditionType: Invalid value: \"bad type\": {QualifiedNameMsg}"] },
        { "unknown preemptionPolicy", p => p.WithSpec(s => s with { PreemptionPolicy = "Sometimes" }), ["spec.preemptionPolicy: Unsupported value: \"Sometimes\": supported values: \"PreemptLowerPriority\", \"Never\""] },
        { "unknown os", p => p.WithSpec(s => s with { Os = new PodOS { Name = "plan9" } }), ["spec.os: Unsupported value: \"plan9\": supported values: \"linux\", \"windows\""] },
        { "windows pod with hostPID", p => p.WithSpec(s => s with { Os = new PodOS { Name = "windows" }, HostPID = true }), ["spec.hostPID: Forbidden: cannot be set for a windows pod"] },
        { "negative pod runAsUser", p => p.WithSpec(s => s with { SecurityContext = new PodSecurityContext { RunAsUser = -1 } }), ["spec.securityContext.runAsUser: Invalid value: -1: must be between 0 and 2147483647, inclusive"] },
        { "unknown seccomp type", p => p.WithSpec(s => s with { SecurityContext = new PodSecurityContext { SeccompProfile = new SeccompProfile { Type = "Bogus" } } }), ["spec.securityContext.seccompProfile.type: Unsupported value: \"Bogus\": supported values: \"Localhost\", \"RuntimeDefault\", \"Unconfined\""] },
        { "host alias with bad IP", p => p.WithSpec(s => s with { HostAliases = [new HostAlias { IP = "999.1.1.1", Hostnames = ["db"] }] }), ["spec.hostAliases[0].ip: Invalid value: \"999.1.1.1\": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"] },

        // containers
        { "no containers", p => p.WithSpec(s => s with { Containers = [] }), ["spec.containers: Required value"] },
        { "container without name", p => p.WithContainer(c => c with { Name = "" }), ["spec.containers[0].name: Required value"] },
        { "container name not a DNS label", p => p.WithContainer(c => c with { Name = "Web_1" }), [$"spec.containers[0].name: Invalid value: \"Web_1\": {Dns1123LabelMsg}"] },
        { "duplicate container names", p => p.WithSpec(s => s with { Containers = [Ctr("app"), Ctr("app")] }), ["spec.containers[1].name: Duplicate value: \"app\""] },
        { "container without image", p => p.WithContainer(c => c with { Image = "" }), ["spec.containers[0].image: Required value"] },
        { "image with surrounding whitespace", p => p.WithContainer(c => c with { Image = " nginx" }), ["spec.containers[0].image: Invalid value: \" nginx\": must not have leading or trailing whitespace"] },
        { "empty imagePullPolicy", p => p.WithContainer(c => c with { ImagePullPolicy = "" }), ["spec.containers[0].imagePullPolicy: Required value"] },
        { "unknown imagePullPolicy", p => p.WithContainer(c => c with { ImagePullPolicy = "Sometimes" }), ["spec.containers[0].imagePullPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"IfNotPresent\", \"Never\""] },
        { "unknown terminationMessagePolicy", p => p.WithContainer(c => c with { TerminationMessagePolicy = "Bogus" }), ["spec.containers[0].terminationMessagePolicy: Unsupported value: \"Bogus\": supported values: \"File\", \"FallbackToLogsOnError\""] },
        { "restartPolicy on a regular container", p => p.WithContainer(c => c with { RestartPolicy = "Always" }), ["spec.containers[0].restartPolicy: Forbidden: may not be set for non-init containers"] },
        { "alpha restartPolicyRules", p => p.WithContainer(c => c with { RestartPolicyRules = [new ContainerRestartRule { Action = "Restart" }] }), ["spec.containers[0].restartPolicyRules: Forbidden: may not be set: the ContainerRestartRules feature gate is disabled"] },
        { "privileged with allowPrivilegeEscalation false", p => p.WithContainer(c => c with { SecurityContext = new SecurityContext { Privileged = true, AllowPrivilegeEscalation = false } }), ["spec.containers[0].securityContext: Invalid value: {\"allowPrivilegeEscalation\":false,\"privileged\":true}: cannot set `allowPrivilegeEscalation` to false and `privileged` to true"] },

        // ports
        { "containerPort zero", p => p.WithContainer(c => c with { Ports = [new ContainerPort { Port = 0, Protocol = "TCP" }] }), ["spec.containers[0].ports[0].containerPort: Required value"] },
        { "containerPort out of range", p => p.WithContainer(c => c with { Ports = [new ContainerPort { Port = 70000, Protocol = "TCP" }] }), ["spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive"] },
        { "port name too long", p => p.WithContainer(c => c with { Ports = [new ContainerPort { Name = "a-very-long-port-name", Port = 80, Protocol = "TCP" }] }), ["spec.containers[0].ports[0].name: Invalid value: \"a-very-long-port-name\": must be no more than 15 characters"] },
        { "port name without letters", p => p.WithContainer(c => c with { Ports = [new ContainerPort { Name = "80", Port = 80, Protocol = "TCP" }] }), ["spec.containers[0].ports[0].name: Invalid value: \"80\": must contain at least one letter (a-z)"] },
        { "port name with consecutive hyphens", p => p.WithContainer(c => c with { Ports = [new ContainerPort { Name = "http--x", Port = 80, Protocol = "TCP" }] }), ["spec.containers[0].ports[0].name: Invalid value: \"http--x\": must not contain consecutive hyphens"] },
        { "duplicate port names", p => p.WithContainer(c => c with { Ports = [new ContainerPort { Name = "http", Port = 80, Protocol = "TCP" }, new ContainerPort { Name = "http", Port = 81, Protocol = "TCP" }] }), ["spec.containers[0].ports[1].name: Duplicate value: \"http\""] },
        { "unknown protocol", p => p.WithContainer(c => c with { Ports = [new ContainerPort { Port = 80, Protocol = "ICMP" }] }), ["spec.containers[0].ports[0].protocol: Unsupported value: \"ICMP\": supported values: \"SCTP\", \"TCP\", \"UDP\""] },
        {
            "host port conflict across containers",
            p => p.WithSpec(s => s with { Containers = [Ctr("a") with { Ports = [new ContainerPort { Port = 80, HostPort = 8080, Protocol = "TCP" }] }, Ctr("b") with { Ports = [new ContainerPort { Port = 81, HostPort = 8080, Protocol = "TCP" }] }] }),
            ["spec.containers[1].ports[0].hostPort: Duplicate value: \"TCP//8080\""]
        },
        { "hostNetwork hostPort differs from containerPort", p => p.WithSpec(s => s with { HostNetwork = true }).WithContainer(c => c with { Ports = [new ContainerPort { Port = 80, HostPort = 81, Protocol = "TCP" }] }), ["spec.containers[0].ports[0].hostPort: Invalid value: 81: must match `containerPort` when `hostNetwork` is true"] },
        { "hostNetwork pod with undefaulted hostPort", p => p.WithSpec(s => s with { HostNetwork = true }).WithContainer(c => c with { Ports = [new ContainerPort { Port = 80, Protocol = "TCP" }] }), ["spec.containers[0].ports[0].hostPort: Invalid value: 0: must match `containerPort` when `hostNetwork` is true"] },

        // env
        { "env without name", p => p.WithContainer(c => c with { Env = [new EnvVar { Value = "x" }] }), ["spec.containers[0].env[0].name: Required value"] },
        { "env name starting with a digit", p => p.WithContainer(c => c with { Env = [new EnvVar { Name = "1BAD" }] }), [$"spec.containers[0].env[0].name: Invalid value: \"1BAD\": {EnvVarNameMsg}"] },
        { "env name '..'", p => p.WithContainer(c => c with { Env = [new EnvVar { Name = ".." }] }), ["spec.containers[0].env[0].name: Invalid value: \"..\": must not be '..'"] },
        { "valueFrom without a source", p => p.WithContainer(c => c with { Env = [new EnvVar { Name = "A", ValueFrom = new EnvVarSource() }] }), ["spec.containers[0].env[0].valueFrom: Invalid value: \"\": must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`"] },
        {
            "valueFrom together with value",
            p => p.WithContainer(c => c with { Env = [new EnvVar { Name = "A", Value = "x", ValueFrom = new EnvVarSource { FieldRef = new ObjectFieldSelector { ApiVersion = "v1", FieldPath = "metadata.name" } } }] }),
            ["spec.containers[0].env[0].valueFrom: Invalid value: \"\": may not be specified when `value` is not empty"]
        },
        {
            "fieldRef path not allowed for env",
            p => p.WithContainer(c => c with { Env = [new EnvVar { Name = "A", ValueFrom = new EnvVarSource { FieldRef = new ObjectFieldSelector { ApiVersion = "v1", FieldPath = "status.phase" } } }] }),
            ["spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Unsupported value: \"status.phase\": supported values: \"metadata.name\", \"metadata.namespace\", \"metadata.uid\", \"spec.nodeName\", \"spec.serviceAccountName\", \"status.hostIP\", \"status.hostIPs\", \"status.podIP\", \"status.podIPs\""]
        },
        { "configMapKeyRef without key", p => p.WithContainer(c => c with { Env = [new EnvVar { Name = "A", ValueFrom = new EnvVarSource { ConfigMapKeyRef = new ConfigMapKeySelector { Name = "cfg" } } }] }), ["spec.containers[0].env[0].valueFrom.configMapKeyRef.key: Required value"] },
        { "envFrom without a source", p => p.WithContainer(c => c with { EnvFrom = [new EnvFromSource { Prefix = "P_" }] }), ["spec.containers[0].envFrom: Invalid value: \"\": must specify one of: `configMapRef` or `secretRef`"] },

        // resources
        { "cpu request above limit", p => p.WithContainer(c => c with { Resources = Res(limits: [("cpu", "1")], requests: [("cpu", "2")]) }), ["spec.containers[0].resources.requests: Invalid value: \"2\": must be less than or equal to cpu limit of 1"] },
        { "negative memory limit", p => p.WithContainer(c => c with { Resources = Res(limits: [("memory", "-1")]) }), ["spec.containers[0].resources.limits[memory]: Invalid value: \"-1\": must be greater than or equal to 0"] },
        {
            "non-standard resource name", p => p.WithContainer(c => c with { Resources = Res(limits: [("gpu", "1")]) }),
            ["spec.containers[0].resources.limits[gpu]: Invalid value: \"gpu\": must be a standard resource type or fully qualified", "spec.containers[0].resources.limits[gpu]: Invalid value: \"gpu\": must be a standard resource for containers"]
        },
        {
            "fractional extended resource", p => p.WithContainer(c => c with { Resources = Res(limits: [("nvidia.com/gpu", "500m")], requests: [("nvidia.com/gpu", "500m")]) }),
            ["spec.containers[0].resources.limits[nvidia.com/gpu]: Invalid value: \"500m\": must be an integer", "spec.containers[0].resources.requests[nvidia.com/gpu]: Invalid value: \"500m\": must be an integer"]
        },
        { "extended resource request without limit", p => p.WithContainer(c => c with { Resources = Res(requests: [("nvidia.com/gpu", "1")]) }), ["spec.containers[0].resources.limits: Required value: Limit must be set for non overcommitable resources"] },
        { "extended resource request below limit", p => p.WithContainer(c => c with { Resources = Res(limits: [("nvidia.com/gpu", "2")], requests: [("nvidia.com/gpu", "1")]) }), ["spec.containers[0].resources.requests: Invalid value: \"1\": must be equal to nvidia.com/gpu limit of 2"] },
        { "hugepages without cpu or memory", p => p.WithContainer(c => c with { Resources = Res(limits: [("hugepages-2Mi", "4Mi")], requests: [("hugepages-2Mi", "4Mi")]) }), ["spec.containers[0].resources: Forbidden: HugePages require cpu or memory"] },
        {
            "hugepages not a multiple of the page size", p => p.WithContainer(c => c with { Resources = Res(limits: [("hugepages-2Mi", "3Mi"), ("memory", "1Gi")], requests: [("hugepages-2Mi", "3Mi")]) }),
            ["spec.containers[0].resources.limits[hugepages-2Mi]: Invalid value: \"3Mi\": 3Mi is not positive integer multiple of hugepages-2Mi", "spec.containers[0].resources.requests[hugepages-2Mi]: Invalid value: \"3Mi\": 3Mi is not positive integer multiple of hugepages-2Mi"]
        },

        // probes and lifecycle
        {
            "negative periodSeconds on the second container",
            p => p.WithSpec(s => s with { Containers = [Ctr("a"), Ctr("b") with { LivenessProbe = HttpProbe() with { PeriodSeconds = -5 } }] }),
            ["spec.containers[1].livenessProbe.periodSeconds: Invalid value: -5: must be greater than or equal to 0"]
        },
        { "probe without handler", p => p.WithContainer(c => c with { LivenessProbe = HttpProbe() with { HttpGet = null } }), ["spec.containers[0].livenessProbe: Required value: must specify a handler type"] },
        { "probe with two handlers", p => p.WithContainer(c => c with { LivenessProbe = HttpProbe() with { TcpSocket = new TcpSocketAction { Port = 80 } } }), ["spec.containers[0].livenessProbe.tcpSocket: Forbidden: may not specify more than 1 handler type"] },
        { "liveness successThreshold not 1", p => p.WithContainer(c => c with { LivenessProbe = HttpProbe() with { SuccessThreshold = 3 } }), ["spec.containers[0].livenessProbe.successThreshold: Invalid value: 3: must be 1"] },
        { "startup successThreshold not 1", p => p.WithContainer(c => c with { StartupProbe = HttpProbe() with { SuccessThreshold = 2 } }), ["spec.containers[0].startupProbe.successThreshold: Invalid value: 2: must be 1"] },
        { "readiness probe with terminationGracePeriodSeconds", p => p.WithContainer(c => c with { ReadinessProbe = HttpProbe() with { TerminationGracePeriodSeconds = 10 } }), ["spec.containers[0].readinessProbe.terminationGracePeriodSeconds: Invalid value: 10: must not be set for readinessProbes"] },
        { "probe terminationGracePeriodSeconds zero", p => p.WithContainer(c => c with { LivenessProbe = HttpProbe() with { TerminationGracePeriodSeconds = 0 } }), ["spec.containers[0].livenessProbe.terminationGracePeriodSeconds: Invalid value: 0: must be greater than 0"] },
        {
            "httpGet without path and with unknown scheme",
            p => p.WithContainer(c => c with { ReadinessProbe = HttpProbe() with { HttpGet = new HttpGetAction { Path = "", Port = 80, Scheme = "FTP" } } }),
            ["spec.containers[0].readinessProbe.httpGet.path: Required value", "spec.containers[0].readinessProbe.httpGet.scheme: Unsupported value: \"FTP\": supported values: \"HTTP\", \"HTTPS\""]
        },
        { "httpGet port zero", p => p.WithContainer(c => c with { ReadinessProbe = HttpProbe(0) }), ["spec.containers[0].readinessProbe.httpGet.port: Invalid value: 0: must be between 1 and 65535, inclusive"] },
        { "tcpSocket named port with double hyphen", p => p.WithContainer(c => c with { ReadinessProbe = HttpProbe() with { HttpGet = null, TcpSocket = new TcpSocketAction { Port = "ht--tp" } } }), ["spec.containers[0].readinessProbe.tcpSocket.port: Invalid value: \"ht--tp\": must not contain consecutive hyphens"] },
        { "grpc port zero", p => p.WithContainer(c => c with { LivenessProbe = HttpProbe() with { HttpGet = null, Grpc = new GrpcAction { Port = 0 } } }), ["spec.containers[0].livenessProbe.grpc.port: Invalid value: 0: must be between 1 and 65535, inclusive"] },
        { "exec without command", p => p.WithContainer(c => c with { LivenessProbe = HttpProbe() with { HttpGet = null, Exec = new ExecAction() } }), ["spec.containers[0].livenessProbe.exec.command: Required value"] },
        {
            "bad http header name",
            p => p.WithContainer(c => c with { LivenessProbe = HttpProbe() with { HttpGet = new HttpGetAction { Path = "/", Port = 80, Scheme = "HTTP", HttpHeaders = [new HttpHeader { Name = "X Bad", Value = "1" }] } } }),
            ["spec.containers[0].livenessProbe.httpGet.httpHeaders: Invalid value: \"X Bad\": a valid HTTP header must consist of alphanumeric characters or '-' (e.g. 'X-Header-Name', regex used for validation is '[-A-Za-z0-9]+')"]
        },
        { "preStop sleep longer than grace period", p => p.WithContainer(c => c with { Lifecycle = new Lifecycle { PreStop = new LifecycleHandler { Sleep = new SleepAction { Seconds = 31 } } } }), ["spec.containers[0].lifecycle.preStop.sleep: Invalid value: 31: must be non-negative and less than terminationGracePeriodSeconds (30)"] },
        { "postStart without handler", p => p.WithContainer(c => c with { Lifecycle = new Lifecycle { PostStart = new LifecycleHandler() } }), ["spec.containers[0].lifecycle.postStart: Required value: must specify a handler type"] },

        // init containers and sidecars
        { "init container with readinessProbe", p => p.WithSpec(s => s with { InitContainers = [Ctr("init") with { ReadinessProbe = HttpProbe() }] }), ["spec.initContainers[0].readinessProbe: Forbidden: may not be set for init containers without restartPolicy=Always"] },
        { "init container with lifecycle", p => p.WithSpec(s => s with { InitContainers = [Ctr("init") with { Lifecycle = new Lifecycle { PreStop = new LifecycleHandler { Sleep = new SleepAction { Seconds = 1 } } } }] }), ["spec.initContainers[0].lifecycle: Forbidden: may not be set for init containers without restartPolicy=Always"] },
        { "init container restartPolicy OnFailure", p => p.WithSpec(s => s with { InitContainers = [Ctr("init") with { RestartPolicy = "OnFailure" }] }), ["spec.initContainers[0].restartPolicy: Unsupported value: \"OnFailure\": supported values: \"Always\""] },
        { "init container reuses a container name", p => p.WithSpec(s => s with { InitContainers = [Ctr("app")] }), ["spec.initContainers[0].name: Duplicate value: \"app\""] },
        { "sidecar probes are validated", p => p.WithSpec(s => s with { InitContainers = [Ctr("proxy") with { RestartPolicy = "Always", LivenessProbe = HttpProbe() with { SuccessThreshold = 2 } }] }), ["spec.initContainers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1"] },

        // volumes and mounts
        { "volume without name", p => p.WithSpec(s => s with { Volumes = [new Volume { EmptyDir = new EmptyDirVolumeSource() }] }), ["spec.volumes[0].name: Required value"] },
        { "duplicate volume names", p => p.WithSpec(s => s with { Volumes = [EmptyDir("data"), EmptyDir("data")] }), ["spec.volumes[1].name: Duplicate value: \"data\""] },
        { "volume with two sources", p => p.WithSpec(s => s with { Volumes = [EmptyDir("data") with { HostPath = new HostPathVolumeSource { Path = "/data" } }] }), ["spec.volumes[0].hostPath: Forbidden: may not specify more than 1 volume type"] },
        { "volume without source", p => p.WithSpec(s => s with { Volumes = [new Volume { Name = "data" }] }), ["spec.volumes[0]: Required value: must specify a volume type"] },
        { "configMap volume without name", p => p.WithSpec(s => s with { Volumes = [new Volume { Name = "cfg", ConfigMap = new ConfigMapVolumeSource() }] }), ["spec.volumes[0].configMap.name: Required value"] },
        { "secret defaultMode above 0777", p => p.WithSpec(s => s with { Volumes = [new Volume { Name = "s", Secret = new SecretVolumeSource { SecretName = "s", DefaultMode = 512 } }] }), ["spec.volumes[0].secret.defaultMode: Invalid value: 512: must be a number between 0 and 0777 (octal), both inclusive"] },
        { "pvc without claimName", p => p.WithSpec(s => s with { Volumes = [new Volume { Name = "d", PersistentVolumeClaim = new PersistentVolumeClaimVolumeSource() }] }), ["spec.volumes[0].persistentVolumeClaim.claimName: Required value"] },
        {
            "unknown hostPath type", p => p.WithSpec(s => s with { Volumes = [new Volume { Name = "h", HostPath = new HostPathVolumeSource { Path = "/x", Type = "Bogus" } }] }),
            ["spec.volumes[0].hostPath.type: Unsupported value: \"Bogus\": supported values: \"\", \"BlockDevice\", \"CharDevice\", \"Directory\", \"DirectoryOrCreate\", \"File\", \"FileOrCreate\", \"Socket\""]
        },
        { "negative emptyDir sizeLimit", p => p.WithSpec(s => s with { Volumes = [new Volume { Name = "e", EmptyDir = new EmptyDirVolumeSource { SizeLimit = Quantity.Parse("-1Gi") } }] }), ["spec.volumes[0].emptyDir.sizeLimit: Forbidden: SizeLimit field must be a valid resource quantity"] },
        { "mount of an unknown volume", p => p.WithContainer(c => c with { VolumeMounts = [new VolumeMount { Name = "cache", MountPath = "/cache" }] }), ["spec.containers[0].volumeMounts[0].name: Not found: \"cache\""] },
        { "mount without mountPath", p => p.WithSpec(s => s with { Volumes = [EmptyDir("data")] }).WithContainer(c => c with { VolumeMounts = [new VolumeMount { Name = "data" }] }), ["spec.containers[0].volumeMounts[0].mountPath: Required value"] },
        {
            "repeated mountPath", p => p.WithSpec(s => s with { Volumes = [EmptyDir("data"), EmptyDir("more")] }).WithContainer(c => c with { VolumeMounts = [new VolumeMount { Name = "data", MountPath = "/data" }, new VolumeMount { Name = "more", MountPath = "/data" }] }),
            ["spec.containers[0].volumeMounts[1].mountPath: Invalid value: \"/data\": must be unique"]
        },
        { "absolute subPath", p => p.WithSpec(s => s with { Volumes = [EmptyDir("data")] }).WithContainer(c => c with { VolumeMounts = [new VolumeMount { Name = "data", MountPath = "/data", SubPath = "/etc" }] }), ["spec.containers[0].volumeMounts.subPath: Invalid value: \"/etc\": must be a relative path"] },
        { "subPath with backsteps", p => p.WithSpec(s => s with { Volumes = [EmptyDir("data")] }).WithContainer(c => c with { VolumeMounts = [new VolumeMount { Name = "data", MountPath = "/data", SubPath = "a/../../b" }] }), ["spec.containers[0].volumeMounts.subPath: Invalid value: \"a/../../b\": must not contain '..'"] },
        { "subPath and subPathExpr together", p => p.WithSpec(s => s with { Volumes = [EmptyDir("data")] }).WithContainer(c => c with { VolumeMounts = [new VolumeMount { Name = "data", MountPath = "/data", SubPath = "a", SubPathExpr = "$(POD)" }] }), ["spec.containers[0].volumeMounts[0].subPathExpr: Invalid value: \"$(POD)\": subPathExpr and subPath are mutually exclusive"] },
        {
            "mount of an invalid volume", p => p.WithSpec(s => s with { Volumes = [new Volume { Name = "cfg", ConfigMap = new ConfigMapVolumeSource() }] }).WithContainer(c => c with { VolumeMounts = [new VolumeMount { Name = "cfg", MountPath = "/cfg" }] }),
            ["spec.volumes[0].configMap.name: Required value", "spec.containers[0].volumeMounts[0].name: Not found: \"cfg\""]
        },
        {
            "projected token without serviceAccountName", p => p.WithSpec(s => s with { Volumes = [new Volume { Name = "tok", Projected = new ProjectedVolumeSource { Sources = [new VolumeProjection { ServiceAccountToken = new ServiceAccountTokenProjection { Path = "token", ExpirationSeconds = 3600 } }] } }] }),
            ["spec.volumes[0].projected.sources[0].serviceAccountToken: Forbidden: must not be specified when serviceAccountName is not set"]
        },
        {
            "bidirectional propagation without privilege", p => p.WithSpec(s => s with { Volumes = [EmptyDir("data")] }).WithContainer(c => c with { VolumeMounts = [new VolumeMount { Name = "data", MountPath = "/data", MountPropagation = "Bidirectional" }] }),
            ["spec.containers[0].volumeMounts.mountPropagation: Forbidden: Bidirectional mount propagation is available only to privileged containers"]
        },

        // tolerations
        { "empty toleration key with Equal", p => p.WithSpec(s => s with { Tolerations = [new Toleration { Operator = "Equal", Value = "x" }] }), ["spec.tolerations[0].operator: Invalid value: \"Equal\": operator must be Exists when `key` is empty, which means \"match all values and all keys\""] },
        { "tolerationSeconds with NoSchedule", p => p.WithSpec(s => s with { Tolerations = [new Toleration { Key = "k", Operator = "Exists", Effect = "NoSchedule", TolerationSeconds = 60 }] }), ["spec.tolerations[0].effect: Invalid value: \"NoSchedule\": effect must be 'NoExecute' when `tolerationSeconds` is set"] },
        { "Exists with a value", p => p.WithSpec(s => s with { Tolerations = [new Toleration { Key = "k", Operator = "Exists", Value = "bar" }] }), ["spec.tolerations[0].operator: Invalid value: \"bar\": value must be empty when `operator` is 'Exists'"] },
        { "alpha Gt operator", p => p.WithSpec(s => s with { Tolerations = [new Toleration { Key = "k", Operator = "Gt", Value = "5" }] }), ["spec.tolerations[0].operator: Unsupported value: \"Gt\": supported values: \"Equal\", \"Exists\""] },
        { "unknown toleration effect", p => p.WithSpec(s => s with { Tolerations = [new Toleration { Key = "k", Operator = "Exists", Effect = "NoRun" }] }), ["spec.tolerations[0].effect: Unsupported value: \"NoRun\": supported values: \"NoSchedule\", \"PreferNoSchedule\", \"NoExecute\""] },
        { "toleration key not a qualified name", p => p.WithSpec(s => s with { Tolerations = [new Toleration { Key = "-k", Operator = "Exists" }] }), [$"spec.tolerations[0].key: Invalid value: \"-k\": {QualifiedNameMsg}"] },
        { "toleration value not a label value", p => p.WithSpec(s => s with { Tolerations = [new Toleration { Key = "k", Operator = "Equal", Value = "bad value" }] }), [$"spec.tolerations[0].operator: Invalid value: \"bad value\": {LabelValueMsg}"] },

        // affinity and spreading
        { "node affinity without terms", p => p.WithSpec(s => s with { Affinity = new Affinity { NodeAffinity = new NodeAffinity { RequiredDuringSchedulingIgnoredDuringExecution = new NodeSelector() } } }), ["spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms: Required value: must have at least one node selector term"] },
        {
            "node selector operator is case sensitive",
            p => p.WithSpec(s => s with { Affinity = new Affinity { NodeAffinity = new NodeAffinity { RequiredDuringSchedulingIgnoredDuringExecution = new NodeSelector { NodeSelectorTerms = [new NodeSelectorTerm { MatchExpressions = [new NodeSelectorRequirement { Key = "zone", Operator = "in", Values = ["a"] }] }] } } } }),
            ["spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].operator: Invalid value: \"in\": not a valid selector operator"]
        },
        { "topology spread maxSkew zero", p => p.WithSpec(s => s with { TopologySpreadConstraints = [new TopologySpreadConstraint { MaxSkew = 0, TopologyKey = "zone", WhenUnsatisfiable = "DoNotSchedule" }] }), ["spec.topologySpreadConstraints[0].maxSkew: Invalid value: 0: must be greater than zero"] },

        // several errors at once, in upstream order
        {
            "all errors are collected in order",
            p => (p with { Metadata = p.Metadata with { Name = null } }).WithSpec(s => s with { RestartPolicy = "Sometimes", Containers = [Ctr("app") with { Image = "" }] }),
            ["metadata.name: Required value: name or generateName is required", "spec.containers[0].image: Required value", "spec.restartPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"OnFailure\", \"Never\""]
        },
    };

    public static TheoryData<string, Func<Pod, Pod>> ValidPods => new()
    {
        { "the baseline pod", p => p },
        {
            "a sidecar with probes and lifecycle",
            p => p.WithSpec(s => s with { InitContainers = [Ctr("proxy") with { RestartPolicy = "Always", LivenessProbe = HttpProbe(), ReadinessProbe = HttpProbe(), StartupProbe = HttpProbe(), Lifecycle = new Lifecycle { PreStop = new LifecycleHandler { Sleep = new SleepAction { Seconds = 5 } } } }] })
        },
        { "hostNetwork pod with matching hostPort", p => p.WithSpec(s => s with { HostNetwork = true, DnsPolicy = DnsPolicies.ClusterFirstWithHostNet }).WithContainer(c => c with { Ports = [new ContainerPort { Name = "http", Port = 8080, HostPort = 8080, Protocol = "TCP" }] }) },
        { "every volume kind, all mounted", p => p.WithSpec(s => s with { ServiceAccountName = "default", Volumes = AllVolumes() }).WithContainer(c => c with { VolumeMounts = [.. AllVolumes().Select(v => new VolumeMount { Name = v.Name, MountPath = "/mnt/" + v.Name })] }) },
        { "generateName without name", p => p with { Metadata = p.Metadata with { Name = null, GenerateName = "web-" } } },
        { "0.5 cpu request equals 500m limit", p => p.WithContainer(c => c with { Resources = Res(limits: [("cpu", "500m"), ("memory", "1Gi")], requests: [("cpu", "0.5"), ("memory", "1024Mi")]) }) },
        { "hugepages with memory", p => p.WithContainer(c => c with { Resources = Res(limits: [("hugepages-2Mi", "4Mi"), ("memory", "1Gi")], requests: [("hugepages-2Mi", "4Mi"), ("memory", "1Gi")]) }) },
        { "extended resource with equal request and limit", p => p.WithContainer(c => c with { Resources = Res(limits: [("nvidia.com/gpu", "1")], requests: [("nvidia.com/gpu", "1")]) }) },
        {
            "match-all and NoExecute tolerations",
            p => p.WithSpec(s => s with { Tolerations = [new Toleration { Operator = "Exists" }, new Toleration { Key = "node.kubernetes.io/not-ready", Operator = "Exists", Effect = "NoExecute", TolerationSeconds = 300 }] })
        },
        {
            "env from the downward API, resources and config",
            p => p.WithContainer(c => c with
            {
                Env =
                [
                    new EnvVar { Name = "POD_NAME", ValueFrom = new EnvVarSource { FieldRef = new ObjectFieldSelector { ApiVersion = "v1", FieldPath = "metadata.name" } } },
                    new EnvVar { Name = "APP", ValueFrom = new EnvVarSource { FieldRef = new ObjectFieldSelector { ApiVersion = "v1", FieldPath = "metadata.labels['app']" } } },
                    new EnvVar { Name = "CPU", ValueFrom = new EnvVarSource { ResourceFieldRef = new ResourceFieldSelector { Resource = "limits.cpu", Divisor = Quantity.Parse("1m") } } },
                    new EnvVar { Name = "KEY", ValueFrom = new EnvVarSource { ConfigMapKeyRef = new ConfigMapKeySelector { Name = "cfg", Key = "key.name" } } },
                    new EnvVar { Name = "my.env-name", Value = "x" },
                ],
                EnvFrom = [new EnvFromSource { Prefix = "CFG_", ConfigMapRef = new ConfigMapEnvSource { Name = "cfg" } }],
            })
        },
        { "zero-second preStop sleep", p => p.WithContainer(c => c with { Lifecycle = new Lifecycle { PreStop = new LifecycleHandler { Sleep = new SleepAction { Seconds = 0 } } } }) },
        { "dnsPolicy None with nameservers", p => p.WithSpec(s => s with { DnsPolicy = DnsPolicies.None, DnsConfig = new PodDnsConfig { Nameservers = ["10.0.0.10"], Searches = ["svc.cluster.local"] } }) },
    };

    [Theory]
    [MemberData(nameof(InvalidPods))]
    public void Invalid_pod_reports_upstream_errors(string description, Func<Pod, Pod> mutate, string[] expected)
    {
        var errors = PodValidation.ValidatePod(mutate(ValidPod()));
        Render(errors).Should().Equal(expected, description);
    }

    [Theory]
    [MemberData(nameof(ValidPods))]
    public void Valid_pod_has_no_errors(string description, Func<Pod, Pod> mutate)
    {
        var errors = PodValidation.ValidatePod(mutate(ValidPod()));
        Render(errors).Should().BeEmpty(description);
    }

    [Fact]
    public void Object_validator_dispatches_pods()
    {
        var pod = ValidPod() with { Metadata = Meta("Bad_Name") };
        Render(ObjectValidator.Validate(pod)).Should().Equal($"metadata.name: Invalid value: \"Bad_Name\": {Dns1123SubdomainMsg}");
    }

    [Fact]
    public void Labels_are_reported_at_the_map_path_in_key_order()
    {
        var labels = new Dictionary<string, string> { ["z"] = "ok", ["-b"] = "ok", ["a"] = "-bad" };
        Render(LabelValidation.ValidateLabels(labels, FieldPath.New("metadata").Child("labels"))).Should().Equal(
            $"metadata.labels: Invalid value: \"-b\": {QualifiedNameMsg}",
            $"metadata.labels: Invalid value: \"-bad\": {LabelValueMsg}");
        Render(LabelValidation.ValidateLabels(NoLabels, FieldPath.New("metadata").Child("labels"))).Should().BeEmpty();
    }

    internal static ResourceRequirements Res((string Name, string Value)[]? limits = null, (string Name, string Value)[]? requests = null) => new()
    {
        Limits = (limits ?? []).ToDictionary(x => x.Name, x => Quantity.Parse(x.Value)),
        Requests = (requests ?? []).ToDictionary(x => x.Name, x => Quantity.Parse(x.Value)),
    };

    private static Volume EmptyDir(string name) => new() { Name = name, EmptyDir = new EmptyDirVolumeSource() };

    private static Volume[] AllVolumes() =>
    [
        EmptyDir("scratch") with { EmptyDir = new EmptyDirVolumeSource { Medium = "Memory", SizeLimit = Quantity.Parse("64Mi") } },
        new Volume { Name = "host", HostPath = new HostPathVolumeSource { Path = "/var/log", Type = HostPathTypes.Directory } },
        new Volume { Name = "secret", Secret = new SecretVolumeSource { SecretName = "creds", DefaultMode = 420, Items = [new KeyToPath { Key = "user", Path = "u/name" }] } },
        new Volume { Name = "config", ConfigMap = new ConfigMapVolumeSource { Name = "cfg", DefaultMode = 420 } },
        new Volume { Name = "claim", PersistentVolumeClaim = new PersistentVolumeClaimVolumeSource { ClaimName = "data" } },
        new Volume { Name = "nfs", Nfs = new NfsVolumeSource { Server = "nfs.local", Path = "/exports" } },
        new Volume { Name = "csi", Csi = new CsiVolumeSource { Driver = "inline.storage.example.com" } },
        new Volume { Name = "image", Image = new ImageVolumeSource { Reference = "registry.example.com/data:1", PullPolicy = "IfNotPresent" } },
        new Volume
        {
            Name = "podinfo",
            DownwardAPI = new DownwardAPIVolumeSource
            {
                DefaultMode = 420,
                Items =
                [
                    new DownwardAPIVolumeFile { Path = "labels", FieldRef = new ObjectFieldSelector { ApiVersion = "v1", FieldPath = "metadata.labels" } },
                    new DownwardAPIVolumeFile { Path = "cpu", ResourceFieldRef = new ResourceFieldSelector { ContainerName = "app", Resource = "limits.cpu" } },
                ],
            },
        },
        new Volume
        {
            Name = "projected",
            Projected = new ProjectedVolumeSource
            {
                DefaultMode = 420,
                Sources =
                [
                    new VolumeProjection { ServiceAccountToken = new ServiceAccountTokenProjection { Path = "token", ExpirationSeconds = 3600 } },
                    new VolumeProjection { ConfigMap = new ConfigMapProjection { Name = "kube-root-ca.crt", Items = [new KeyToPath { Key = "ca.crt", Path = "ca.crt" }] } },
                    new VolumeProjection { DownwardAPI = new DownwardAPIProjection { Items = [new DownwardAPIVolumeFile { Path = "namespace", FieldRef = new ObjectFieldSelector { ApiVersion = "v1", FieldPath = "metadata.namespace" } }] } },
                ],
            },
        },
    ];
}
