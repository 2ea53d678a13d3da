using PodSim.Configuration;
using PodSim.Model;

namespace PodSim.Tests.Configuration;

/// <summary>The whole view of a container, the seed examples, and the kubelet's error order.</summary>
public class ContainerConfiguratorTests
{
    // Seed note 000: the cm-appvars ConfigMap used as env (one key and envFrom) and as a volume.
    private const string CmAppvars = """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: cm-appvars}
        data:
          apploglevel: info
          appdatadir: /var/data
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: cm-test-pod, uid: 5f3c}
        spec:
          containers:
          - name: cm-test
            image: busybox
            command: ["/bin/sh", "-c", "env | grep APP"]
            env:
            - name: APPLOGLEVEL
              valueFrom:
                configMapKeyRef: {name: cm-appvars, key: apploglevel}
            - name: APPDATADIR
              valueFrom:
                configMapKeyRef: {name: cm-appvars, key: appdatadir}
            envFrom:
            - configMapRef: {name: cm-appvars}
            volumeMounts:
            - {name: serverxml, mountPath: /configfiles}
          volumes:
          - name: serverxml
            configMap: {name: cm-appvars}
        status:
          podIP: 10.244.0.12
        """;

    private static ContainerConfiguration Build(string yaml, string? container = null, ImageConfig? image = null, ClusterSettings? settings = null)
    {
        var (pod, sources) = ConfigFixtures.Load(yaml, settings ?? ConfigFixtures.NoServices);
        return ContainerConfigurator.Build(pod, ConfigFixtures.Container(pod, container), sources, image);
    }

    [Fact]
    public void The_cm_appvars_seed_gives_env_and_files()
    {
        var config = Build(CmAppvars);

        config.BlockingError.Should().BeNull();
        ConfigFixtures.Lines(config.Environment).Should().Equal(
            "appdatadir=/var/data", "apploglevel=info", "APPLOGLEVEL=info", "APPDATADIR=/var/data");
        config.Mounts.Mounts.Should().Equal(
            new ContainerMount("serverxml", "/configfiles", null, true, "configMap"),
            new ContainerMount("k8s-managed-etc-hosts", "/etc/hosts", null, false, "hosts"));
        config.Mounts.Files.Select(f => f.Path + "=" + f.File.Text).Should().Equal(
            "/configfiles/appdatadir=/var/data", "/configfiles/apploglevel=info");
        config.Command.Argv.Should().Equal("/bin/sh", "-c", "env | grep APP");
    }

    [Fact]
    public void A_missing_config_map_keeps_the_container_waiting_and_fails_the_volume()
    {
        var yaml = CmAppvars[CmAppvars.IndexOf("apiVersion: v1\nkind: Pod", StringComparison.Ordinal)..];

        var config = Build(yaml);

        config.Error.Should().Be(new ConfigurationError("CreateContainerConfigError", "configmap \"cm-appvars\" not found"));
        config.MountError.Should().Be(new ConfigurationError("FailedMount", "MountVolume.SetUp failed for volume \"serverxml\" : configmap \"cm-appvars\" not found"));
        config.BlockingError.Should().Be(config.MountError, "the kubelet waits for volumes before creating containers");
    }

    [Fact]
    public void Optional_references_to_a_missing_config_map_let_the_container_start()
    {
        var yaml = CmAppvars[CmAppvars.IndexOf("apiVersion: v1\nkind: Pod", StringComparison.Ordinal)..]
            .Replace("key: apploglevel}", "key: apploglevel, optional: true}")
            .Replace("key: appdatadir}", "key: appdatadir, optional: true}")
            .Replace("configMapRef: {name: cm-appvars}", "configMapRef: {name: cm-appvars, optional: true}")
            .Replace("configMap: {name: cm-appvars}", "configMap: {name: cm-appvars, optional: true}");

        var config = Build(yaml);

        config.BlockingError.Should().BeNull();
        config.Environment.Variables.Should().BeEmpty();
        config.Mounts.Files.Should().BeEmpty();
    }

    // Seed note 000: Downward API as env (node name, CPU request) and as files (labels, CPU limit in millicores).
    private const string DownwardSeed = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: dapi-test-pod
          labels: {cluster: test-cluster1, rack: rack-22, zone: us-est-coast}
        spec:
          nodeName: k8s-node-1
          containers:
          - name: client-container
            image: busybox
            resources:
              requests: {cpu: 250m, memory: 32Mi}
              limits: {cpu: 500m, memory: 64Mi}
            env:
            - name: MY_NODE_NAME
              valueFrom:
                fieldRef: {fieldPath: spec.nodeName}
            - name: MY_CPU_REQUEST
              valueFrom:
                resourceFieldRef: {containerName: client-container, resource: requests.cpu}
            volumeMounts:
            - {name: podinfo, mountPath: /etc/podinfo}
          volumes:
          - name: podinfo
            downwardAPI:
              items:
              - path: labels
                fieldRef: {fieldPath: metadata.labels}
              - path: cpu_limit
                resourceFieldRef: {containerName: client-container, resource: limits.cpu, divisor: 1m}
        """;

    [Fact]
    public void The_downward_api_seed_gives_env_and_files()
    {
        var config = Build(DownwardSeed);

        ConfigFixtures.Lines(config.Environment).Should().Equal("MY_NODE_NAME=k8s-node-1", "MY_CPU_REQUEST=1");
        config.Mounts.Files.Select(f => f.Path + "=" + f.File.Text).Should().Equal(
            "/etc/podinfo/cpu_limit=500",
            "/etc/podinfo/labels=cluster=\"test-cluster1\"\nrack=\"rack-22\"\nzone=\"us-est-coast\"");
        config.Hosts.Text.Should().BeNull("the pod has no IP yet");
        config.Mounts.Mounts.Should().ContainSingle();
    }

    [Fact]
    public void The_security_context_seed_shows_inheritance_and_identity()
    {
        // Seed note 001: pod-level runAsUser 1000, runAsGroup 2000, fsGroup 3000; `id` shows uid=1000 gid=2000 groups=2000,3000.
        var config = Build("""
            apiVersion: v1
            kind: Pod
            metadata: {name: curl}
            spec:
              securityContext: {runAsUser: 1000, runAsGroup: 2000, fsGroup: 3000, fsGroupChangePolicy: Always}
              containers:
              - name: curl
                image: alpine/curl:latest
                securityContext: {privileged: false}
                volumeMounts:
                - {name: vol-data, mountPath: /data}
              volumes:
              - name: vol-data
                emptyDir: {sizeLimit: 100Mi}
            """);

        config.SecurityContext.RunAsUser.Should().Be(1000);
        config.SecurityContext.RunAsGroup.Should().Be(2000);
        config.SecurityContext.FsGroup.Should().Be(3000);
        config.SecurityContext.Privileged.Should().BeFalse();
        config.Identity.FormatId().Should().Be("uid=1000 gid=2000 groups=2000,3000");
        config.Mounts.Mounts.Should().Equal(new ContainerMount("vol-data", "/data", null, false, "emptyDir"));
    }

    [Fact]
    public void Run_as_non_root_with_a_root_image_is_a_config_error()
    {
        var config = Build("""
            apiVersion: v1
            kind: Pod
            metadata: {name: web, namespace: default, uid: 7d1e}
            spec:
              securityContext: {runAsNonRoot: true}
              containers: [{name: app, image: nginx}]
            """, image: new ImageConfig());

        config.Error.Should().Be(ConfigurationError.ContainerConfig(
            "container has runAsNonRoot and image will run as root (pod: \"web_default(7d1e)\", container: app)"));
    }

    [Fact]
    public void Environment_errors_come_before_the_run_as_non_root_check()
    {
        var (pod, sources) = ConfigFixtures.Load("""
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              securityContext: {runAsNonRoot: true}
              containers:
              - name: app
                image: nginx
                env: [{name: A, valueFrom: {secretKeyRef: {name: s, key: k}}}]
            """);
        var container = pod.Spec!.Containers[0];

        ContainerConfigurator.Check(pod, container, sources).Should().Be(ConfigurationError.ContainerConfig("secret \"s\" not found"));
        ContainerConfigurator.Build(pod, container, sources).Error.Should().Be(ContainerConfigurator.Check(pod, container, sources));
    }

    [Theory]
    [InlineData("subPathExpr: $(POD_NAME)", "", null)]
    [InlineData("subPathExpr: $(MISSING)/$(EMPTY)/$(ALSO_MISSING)", "", "missing value for ALSO_MISSING, EMPTY, MISSING")]
    [InlineData("subPath: /abs", "", "error SubPath `/abs` must not be an absolute path")]
    [InlineData("subPath: a/../b", "", "unable to provision SubPath `a/../b`: must not contain '..'")]
    [InlineData("subPath: x", "-nope", "cannot find volume \"logs-nope\" to mount into container \"app\"")]
    public void Mount_problems_are_config_errors(string subPath, string nameSuffix, string? error)
    {
        var yaml = """
            apiVersion: v1
            kind: Pod
            metadata: {name: web-0}
            spec:
              containers:
              - name: app
                image: busybox
                env:
                - {name: POD_NAME, valueFrom: {fieldRef: {fieldPath: metadata.name}}}
                - {name: EMPTY, value: ""}
                volumeMounts:
                - {name: logsSUFFIX, mountPath: /var/log/app, SUBPATH}
              volumes:
              - name: logs
                emptyDir: {}
            """.Replace("SUFFIX", nameSuffix).Replace("SUBPATH", subPath);
        var (pod, sources) = ConfigFixtures.Load(yaml);
        var container = pod.Spec!.Containers[0];

        var config = ContainerConfigurator.Build(pod, container, sources);

        config.Error.Should().Be(error is null ? null : ConfigurationError.ContainerConfig(error));
        ContainerConfigurator.Check(pod, container, sources).Should().Be(config.Error);
        if (error is null)
        {
            config.Mounts.Mounts[0].SubPath.Should().Be("web-0");
        }
    }

    [Fact]
    public void Sub_paths_show_one_file_or_one_directory_of_the_volume()
    {
        var config = Build("""
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: cm}
            data: {nginx.conf: "events {}", site.conf: server}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
              - name: app
                image: nginx
                volumeMounts:
                - {name: conf, mountPath: /etc/nginx/nginx.conf, subPath: nginx.conf}
                - {name: conf, mountPath: /etc/nginx/conf.d, subPath: sites, readOnly: false}
                - {name: conf, mountPath: /all/}
              volumes:
              - name: conf
                configMap:
                  name: cm
                  items: [{key: nginx.conf, path: nginx.conf}, {key: site.conf, path: sites/default.conf}]
            """);

        config.Mounts.Files.Select(f => f.Path).Should().Equal(
            "/etc/nginx/nginx.conf", "/etc/nginx/conf.d/default.conf", "/all/nginx.conf", "/all/sites/default.conf");
        config.Mounts.Mounts.Should().OnlyContain(m => m.ReadOnly, "configMap volumes are always mounted read-only");
    }

    [Fact]
    public void A_container_that_mounts_its_own_hosts_file_does_not_get_the_kubelets()
    {
        var config = Build("""
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
              - name: app
                image: busybox
                volumeMounts: [{name: h, mountPath: /etc/hosts, subPath: hosts}]
              volumes: [{name: h, emptyDir: {}}]
            status: {podIP: 10.1.1.1}
            """);

        config.Mounts.Mounts.Select(m => m.Name).Should().Equal("h");
        config.Hosts.Text.Should().BeNull();
        config.Hosts.Hostname.Hostname.Should().Be("web");
    }

    [Fact]
    public void The_view_includes_dns_hosts_command_and_events()
    {
        var config = Build("""
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: cm}
            data: {1bad: x, GOOD: fine}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              dnsConfig: {nameservers: [1.1.1.1, 2.2.2.2, 3.3.3.3]}
              containers:
              - name: app
                image: nginx
                args: ["-g", "$(GOOD)"]
                envFrom: [{configMapRef: {name: cm}}]
            status: {podIP: 10.1.1.1}
            """, image: new ImageConfig { Entrypoint = ["nginx"], Cmd = ["-c", "/etc/nginx.conf"] }, settings: ClusterSettings.Default);

        config.ContainerName.Should().Be("app");
        config.Command.Argv.Should().Equal("nginx", "-g", "fine");
        config.ResolvConf.Config.Nameservers.Should().Equal("10.96.0.10", "1.1.1.1", "2.2.2.2");
        config.Hosts.Text.Should().EndWith("10.1.1.1\tweb\n");
        config.Events.Select(e => e.Reason).Should().Equal("DNSConfigForming", "InvalidEnvironmentVariableNames");
        config.Environment["KUBERNETES_SERVICE_HOST"].Should().Be("10.96.0.1");
        config.BlockingError.Should().BeNull();
    }

    [Fact]
    public void An_invalid_hostname_is_a_sandbox_error()
    {
        var (pod, sources) = ConfigFixtures.Load("apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec: {containers: [{name: app, image: busybox}]}\n");
        pod = pod with { Spec = pod.Spec! with { Subdomain = "Bad.Sub" } };

        var config = ContainerConfigurator.Build(pod, pod.Spec.Containers[0], sources);

        config.SandboxError!.Reason.Should().Be("FailedCreatePodSandBox");
        config.SandboxError.Message.Should().StartWith("pod Subdomain \"Bad.Sub\" is not a valid DNS label: ");
        config.BlockingError.Should().Be(config.SandboxError);
    }

    [Fact]
    public void Containers_are_found_among_app_init_and_ephemeral_containers()
    {
        var spec = new PodSpec
        {
            InitContainers = [new Container { Name = "init" }],
            Containers = [new Container { Name = "app" }],
            EphemeralContainers = [new EphemeralContainer { Name = "debug", Image = "busybox", Command = ["sh"] }],
        };

        ContainerConfigurator.FindContainer(spec, "app")!.Name.Should().Be("app");
        ContainerConfigurator.FindContainer(spec, "init")!.Name.Should().Be("init");
        ContainerConfigurator.FindContainer(spec, "debug").Should().Match<Container>(c => c.Image == "busybox" && c.Command.Single() == "sh");
        ContainerConfigurator.FindContainer(spec, "nope").Should().BeNull();
    }
}
