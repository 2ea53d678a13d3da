using PodSim.Configuration;
using PodSim.Tests.Support;

namespace PodSim.Tests.Configuration;

/// <summary>Downward API values in env vars: every supported fieldRef and resourceFieldRef, with divisors.</summary>
public class DownwardApiTests
{
    private const string FieldPod = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          namespace: shop
          uid: 0a1b2c3d
          labels: {app: web, tier: front}
          annotations: {example.com/owner: team-a, note: "say \"hi\""}
        spec:
          nodeName: node-1
          serviceAccountName: builder
          containers:
          - name: app
            image: busybox
            env:
            - name: V
              valueFrom:
                fieldRef: {fieldPath: "FIELD", apiVersion: VERSION}
        status:
          hostIP: 10.0.0.5
          hostIPs: [{ip: 10.0.0.5}, {ip: "fd00::5"}]
          podIP: 10.244.1.7
          podIPs: [{ip: 10.244.1.7}, {ip: "fd00:10:244::7"}]
        """;

    public static TheoryData<string, string> Fields() => new()
    {
        { "metadata.name", "web" },
        { "metadata.namespace", "shop" },
        { "metadata.uid", "0a1b2c3d" },
        { "metadata.labels['app']", "web" },
        { "metadata.labels['missing']", "" },
        { "metadata.annotations['example.com/owner']", "team-a" },
        { "metadata.labels", "app=\"web\"\ntier=\"front\"" },
        { "metadata.annotations", "example.com/owner=\"team-a\"\nnote=\"say \\\"hi\\\"\"" },
        { "spec.nodeName", "node-1" },
        { "spec.host", "node-1" },
        { "spec.serviceAccountName", "builder" },
        { "status.hostIP", "10.0.0.5" },
        { "status.hostIPs", "10.0.0.5,fd00::5" },
        { "status.podIP", "10.244.1.7" },
        { "status.podIPs", "10.244.1.7,fd00:10:244::7" },
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public void Field_references_resolve_to_the_pods_values(string fieldPath, string expected)
    {
        var result = ConfigFixtures.Env(FieldPod.Replace("FIELD", fieldPath).Replace("VERSION", "v1"));

        result.Error.Should().BeNull();
        result["V"].Should().Be(expected);
        result.Variables[0].Source.Should().Be(EnvironmentSourceKind.FieldRef);
    }

    [Theory]
    [InlineData("status.phase", "v1", "unsupported fieldPath: status.phase")]
    [InlineData("spec.restartPolicy", "v1", "unsupported fieldPath: spec.restartPolicy")]
    [InlineData("spec.containers", "v1", "field label not supported: spec.containers")]
    [InlineData("spec.nodeName['x']", "v1", "field label does not support subscript: spec.nodeName['x']")]
    [InlineData("metadata.name", "v2", "unsupported pod version: v2")]
    public void Unsupported_field_references_fail_with_the_upstream_message(string fieldPath, string version, string expected)
    {
        var result = ConfigFixtures.Env(FieldPod.Replace("FIELD", fieldPath).Replace("VERSION", version));

        result.Error.Should().Be(ConfigurationError.ContainerConfig(expected));
    }

    [Fact]
    public void The_pod_ip_follows_the_nodes_ip_family()
    {
        // sortPodIPs: on an IPv6-first node the IPv6 pod address is the pod IP.
        var yaml = FieldPod.Replace("FIELD", "status.podIP").Replace("VERSION", "v1")
            .Replace("hostIP: 10.0.0.5", "hostIP: \"fd00::5\"").Replace("hostIPs: [{ip: 10.0.0.5}, {ip: \"fd00::5\"}]", "hostIPs: [{ip: \"fd00::5\"}]");

        ConfigFixtures.Env(yaml)["V"].Should().Be("fd00:10:244::7");
    }

    [Fact]
    public void Ips_are_empty_before_the_pod_has_them()
    {
        var yaml = FieldPod.Replace("FIELD", "status.podIP").Replace("VERSION", "v1");
        yaml = yaml[..yaml.IndexOf("status:", StringComparison.Ordinal)];

        ConfigFixtures.Env(yaml)["V"].Should().BeEmpty();
    }

    private const string ResourcePod = """
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          initContainers:
          - name: init
            image: busybox
          containers:
          - name: app
            image: busybox
            resources:
              requests: {cpu: 125m, memory: 32Mi, ephemeral-storage: 1Gi, hugepages-2Mi: 4Mi}
              limits: {cpu: 250m, memory: 64Mi, ephemeral-storage: 2Gi, hugepages-2Mi: 4Mi}
            env:
            - name: V
              valueFrom:
                resourceFieldRef: {resource: RESOURCE DIVISOR CONTAINER}
          - name: bare
            image: busybox
        """;

    public static TheoryData<string, string, string> Resources() => new()
    {
        { "limits.cpu", "", "1" },
        { "limits.cpu", "1", "1" },
        { "limits.cpu", "1m", "250" },
        { "requests.cpu", "", "1" },
        { "requests.cpu", "1m", "125" },
        { "limits.memory", "", "67108864" },
        { "limits.memory", "1", "67108864" },
        { "limits.memory", "1Ki", "65536" },
        { "limits.memory", "1Mi", "64" },
        { "limits.memory", "1M", "68" },
        { "limits.memory", "1Gi", "1" },
        { "requests.memory", "1Mi", "32" },
        { "requests.memory", "1k", "33555" },
        { "limits.ephemeral-storage", "1Gi", "2" },
        { "requests.ephemeral-storage", "1Mi", "1024" },
        { "requests.hugepages-2Mi", "1Mi", "4" },
        { "limits.hugepages-2Mi", "", "4194304" },
    };

    [Theory]
    [MemberData(nameof(Resources))]
    public void Resource_references_divide_and_round_up(string resource, string divisor, string expected)
    {
        var yaml = ResourcePod.Replace("RESOURCE", resource).Replace(" DIVISOR", divisor.Length > 0 ? ", divisor: " + divisor : "").Replace(" CONTAINER", "");

        var result = ConfigFixtures.Env(yaml);

        result.Error.Should().BeNull();
        result["V"].Should().Be(expected);
        result.Variables[0].Origin.Should().StartWith("resourceFieldRef " + resource);
    }

    public static TheoryData<string, string, string?, string> Fallbacks() => new()
    {
        // A container without limits gets the node's allocatable amounts; without a node it reads 0.
        { "limits.cpu", "bare", "cpu=4,memory=8Gi", "4" },
        { "limits.memory", "bare", "cpu=4,memory=8Gi", "8589934592" },
        { "limits.memory", "bare", null, "0" },
        { "requests.cpu", "bare", "cpu=4,memory=8Gi", "0" },
        { "limits.ephemeral-storage", "bare", "cpu=4,ephemeral-storage=100Gi", "107374182400" },
        // Only app containers get the fallback; an init container named in the reference keeps its own limits.
        { "limits.cpu", "init", "cpu=4,memory=8Gi", "0" },
        // A set limit is used as is.
        { "limits.cpu", "app", "cpu=4,memory=8Gi", "1" },
    };

    [Theory]
    [MemberData(nameof(Fallbacks))]
    public void Missing_limits_fall_back_to_node_allocatable(string resource, string container, string? allocatable, string expected)
    {
        var yaml = ResourcePod.Replace("RESOURCE", resource).Replace(" DIVISOR", "").Replace(" CONTAINER", ", containerName: " + container);
        var node = allocatable is null ? null : ConfigFixtures.NodeWith(allocatable);

        ConfigFixtures.Env(yaml, node: node)["V"].Should().Be(expected);
    }

    [Fact]
    public void Own_missing_limit_falls_back_to_node_allocatable_without_a_container_name()
    {
        var yaml = ResourcePod.Replace("RESOURCE", "limits.cpu").Replace(" DIVISOR", ", divisor: 1m").Replace(" CONTAINER", "")
            .Replace("limits: {cpu: 250m, ", "limits: {");

        var result = ConfigFixtures.Env(yaml, node: ConfigFixtures.NodeWith("cpu=3500m"));

        result["V"].Should().Be("3500");
    }

    [Theory]
    [InlineData("limits.cpu, containerName: missing", "container missing not found")]
    [InlineData("limits.foo", "unsupported container resource : limits.foo")]
    public void Bad_resource_references_fail_with_the_upstream_message(string resource, string expected)
    {
        var yaml = ResourcePod.Replace("RESOURCE", resource).Replace(" DIVISOR", "").Replace(" CONTAINER", "");

        ConfigFixtures.Env(yaml).Error!.Message.Should().Be(expected);
    }

    [Fact]
    public void Requests_defaulted_from_limits_are_reported()
    {
        var yaml = ResourcePod.Replace("RESOURCE", "requests.memory").Replace(" DIVISOR", ", divisor: 1Mi").Replace(" CONTAINER", "")
            .Replace("requests: {cpu: 125m, memory: 32Mi, ephemeral-storage: 1Gi, hugepages-2Mi: 4Mi}", "requests: {}");

        ConfigFixtures.Env(yaml)["V"].Should().Be("64");
    }

    [SkippableFact]
    public void Dapi_envars_container_example_prints_the_documented_values()
    {
        var corpus = SharedPaths.Corpus;
        Skip.If(corpus is null, "../shared/corpus is not beside this clone");

        var result = ConfigFixtures.Env(File.ReadAllText(Path.Combine(corpus, "pods/inject/dapi-envars-container.yaml")));

        // The documentation shows: 1, 1, 33554432, 67108864.
        ConfigFixtures.Lines(result).Should().Equal("MY_CPU_REQUEST=1", "MY_CPU_LIMIT=1", "MY_MEM_REQUEST=33554432", "MY_MEM_LIMIT=67108864");
    }

    [SkippableFact]
    public void Dapi_envars_pod_example_shows_node_pod_namespace_ip_and_service_account()
    {
        var corpus = SharedPaths.Corpus;
        Skip.If(corpus is null, "../shared/corpus is not beside this clone");
        var yaml = File.ReadAllText(Path.Combine(corpus, "pods/inject/dapi-envars-pod.yaml"));
        var (pod, sources) = ConfigFixtures.Load(yaml, ConfigFixtures.NoServices);
        pod = pod with
        {
            Spec = pod.Spec! with { NodeName = "kubernetes-node-fjp5", ServiceAccountName = "default" },
            Status = new PodSim.Model.PodStatus { PodIP = "172.17.0.4", HostIP = "10.128.0.2" },
        };

        var result = ContainerEnvironment.Resolve(pod, pod.Spec!.Containers[0], sources);

        ConfigFixtures.Lines(result).Should().Equal(
            "MY_NODE_NAME=kubernetes-node-fjp5",
            "MY_POD_NAME=dapi-envars-fieldref",
            "MY_POD_NAMESPACE=default",
            "MY_POD_IP=172.17.0.4",
            "MY_POD_SERVICE_ACCOUNT=default");
    }
}
