using PodSim.Configuration;

namespace PodSim.Tests.Configuration;

/// <summary>Service-link variables (envvars.FromServices and getServiceEnvVarMap).</summary>
public class ServiceLinkTests
{
    private const string Objects = """
        apiVersion: v1
        kind: Pod
        metadata: {name: web, namespace: test1}
        spec:
          enableServiceLinks: LINKS
          containers:
          - name: app
            image: busybox
            env:
            - {name: DB, value: "$(MY_DB_SERVICE_HOST):$(MY_DB_SERVICE_PORT)"}
            - {name: TEST_SERVICE_HOST, value: overridden}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: test, namespace: test1}
        spec:
          clusterIP: 1.2.3.3
          ports: [{port: 8083, protocol: TCP}]
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: my-db, namespace: test1}
        spec:
          clusterIP: 1.2.3.4
          ports: [{name: sql, port: 5432}, {name: metrics, port: 9187, protocol: UDP}]
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: headless, namespace: test1}
        spec:
          clusterIP: None
          ports: [{port: 80}]
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: elsewhere, namespace: other}
        spec:
          clusterIP: 1.2.3.5
          ports: [{port: 80}]
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: v6, namespace: test1}
        spec:
          clusterIP: "fd00::10"
          ports: [{port: 80}]
        """;

    [Fact]
    public void Services_of_the_namespace_give_host_port_and_docker_link_variables()
    {
        var result = ConfigFixtures.Env(Objects.Replace("LINKS", "true"), settings: ClusterSettings.Default);

        ConfigFixtures.Lines(result).Should().Equal(
            "DB=1.2.3.4:5432",
            "TEST_SERVICE_HOST=overridden",
            "KUBERNETES_SERVICE_HOST=10.96.0.1",
            "KUBERNETES_SERVICE_PORT=443",
            "KUBERNETES_SERVICE_PORT_HTTPS=443",
            "KUBERNETES_PORT=tcp://10.96.0.1:443",
            "KUBERNETES_PORT_443_TCP=tcp://10.96.0.1:443",
            "KUBERNETES_PORT_443_TCP_PROTO=tcp",
            "KUBERNETES_PORT_443_TCP_PORT=443",
            "KUBERNETES_PORT_443_TCP_ADDR=10.96.0.1",
            "MY_DB_SERVICE_HOST=1.2.3.4",
            "MY_DB_SERVICE_PORT=5432",
            "MY_DB_SERVICE_PORT_SQL=5432",
            "MY_DB_SERVICE_PORT_METRICS=9187",
            "MY_DB_PORT=tcp://1.2.3.4:5432",
            "MY_DB_PORT_5432_TCP=tcp://1.2.3.4:5432",
            "MY_DB_PORT_5432_TCP_PROTO=tcp",
            "MY_DB_PORT_5432_TCP_PORT=5432",
            "MY_DB_PORT_5432_TCP_ADDR=1.2.3.4",
            "MY_DB_PORT_9187_UDP=udp://1.2.3.4:9187",
            "MY_DB_PORT_9187_UDP_PROTO=udp",
            "MY_DB_PORT_9187_UDP_PORT=9187",
            "MY_DB_PORT_9187_UDP_ADDR=1.2.3.4",
            "TEST_SERVICE_PORT=8083",
            "TEST_PORT=tcp://1.2.3.3:8083",
            "TEST_PORT_8083_TCP=tcp://1.2.3.3:8083",
            "TEST_PORT_8083_TCP_PROTO=tcp",
            "TEST_PORT_8083_TCP_PORT=8083",
            "TEST_PORT_8083_TCP_ADDR=1.2.3.3",
            "V6_SERVICE_HOST=fd00::10",
            "V6_SERVICE_PORT=80",
            "V6_PORT=tcp://[fd00::10]:80",
            "V6_PORT_80_TCP=tcp://[fd00::10]:80",
            "V6_PORT_80_TCP_PROTO=tcp",
            "V6_PORT_80_TCP_PORT=80",
            "V6_PORT_80_TCP_ADDR=fd00::10");
        result.Variables.Where(v => v.Name.StartsWith("MY_DB", StringComparison.Ordinal))
            .Should().OnlyContain(v => v.Source == EnvironmentSourceKind.ServiceLink && v.Origin == "service test1/my-db");
    }

    [Fact]
    public void Without_service_links_only_the_kubernetes_service_is_injected()
    {
        var result = ConfigFixtures.Env(Objects.Replace("LINKS", "false"), settings: ClusterSettings.Default);

        result.Variables.Select(v => v.Name).Should().Equal(
            "DB", "TEST_SERVICE_HOST",
            "KUBERNETES_SERVICE_HOST", "KUBERNETES_SERVICE_PORT", "KUBERNETES_SERVICE_PORT_HTTPS", "KUBERNETES_PORT",
            "KUBERNETES_PORT_443_TCP", "KUBERNETES_PORT_443_TCP_PROTO", "KUBERNETES_PORT_443_TCP_PORT", "KUBERNETES_PORT_443_TCP_ADDR");
        result["DB"].Should().Be("$(MY_DB_SERVICE_HOST):$(MY_DB_SERVICE_PORT)", "unresolved references stay as written");
    }

    [Fact]
    public void A_given_kubernetes_service_replaces_the_assumed_one()
    {
        var yaml = Objects.Replace("LINKS", "false") + """

            ---
            apiVersion: v1
            kind: Service
            metadata: {name: kubernetes, namespace: default}
            spec:
              clusterIP: 10.0.0.1
              ports: [{name: https, port: 6443}]
            """;

        var result = ConfigFixtures.Env(yaml, settings: ClusterSettings.Default);

        result["KUBERNETES_SERVICE_HOST"].Should().Be("10.0.0.1");
        result["KUBERNETES_PORT"].Should().Be("tcp://10.0.0.1:6443");
    }

    [Fact]
    public void No_kubernetes_service_is_assumed_when_the_setting_is_cleared()
    {
        var result = ConfigFixtures.Env(Objects.Replace("LINKS", "false"));

        result.Variables.Select(v => v.Name).Should().Equal("DB", "TEST_SERVICE_HOST");
    }
}
