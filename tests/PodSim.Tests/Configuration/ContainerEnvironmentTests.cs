using PodSim.Configuration;

namespace PodSim.Tests.Configuration;

public class ContainerEnvironmentTests
{
    private const string Pod = """
        apiVersion: v1
        kind: Pod
        metadata: {name: web, namespace: default, uid: 0a1b2c3d}
        spec:
          containers:
          - name: app
            image: busybox
        """;

    private static string WithContainer(string containerYaml) => Pod.Replace("    image: busybox", "    image: busybox\n" + containerYaml);

    [Fact]
    public void EnvFrom_copies_every_key_in_key_order_with_the_prefix()
    {
        var result = ConfigFixtures.Env(WithContainer("""
                envFrom:
                - prefix: APP_
                  configMapRef: {name: cm}
            """) + """

            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: cm}
            data: {log_level: info, data_dir: /var/data}
            """);

        result.Error.Should().BeNull();
        ConfigFixtures.Lines(result).Should().Equal("APP_data_dir=/var/data", "APP_log_level=info");
        result.Variables.Should().OnlyContain(v => v.Source == EnvironmentSourceKind.ConfigMapEnvFrom && v.Origin == "envFrom configMap default/cm");
    }

    [Theory]
    [InlineData("configMapRef", "configMap")]
    [InlineData("secretRef", "secret")]
    public void EnvFrom_skips_invalid_names_with_the_upstream_event(string refField, string word)
    {
        var data = refField == "secretRef"
            ? "kind: Secret\nmetadata: {name: myconfig}\nstringData: {1badkey: a, 2alsobad: b, good: c}"
            : "kind: ConfigMap\nmetadata: {name: myconfig}\ndata: {1badkey: a, 2alsobad: b, good: c}";
        var result = ConfigFixtures.Env(WithContainer($"""
                envFrom:
                - {refField}: {"{"}name: myconfig{"}"}
            """) + "\n---\napiVersion: v1\n" + data);

        result.Error.Should().BeNull();
        ConfigFixtures.Lines(result).Should().Equal("good=c");
        result.Events.Should().Equal(new ConfigurationEvent(
            "InvalidEnvironmentVariableNames",
            $"Keys [1badkey, 2alsobad] from the EnvFrom {word} default/myconfig were skipped since they are considered invalid environment variable names."));
    }

    [Fact]
    public void A_prefix_can_make_an_invalid_key_valid()
    {
        // Upstream case "configmap_invalid_keys_valid": prefix p_ turns 1234 into p_1234.
        var result = ConfigFixtures.Env(WithContainer("""
                envFrom:
                - {prefix: p_, configMapRef: {name: test-config-map}}
            """) + "\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: test-config-map}\ndata: {\"1234\": abc}\n");

        ConfigFixtures.Lines(result).Should().Equal("p_1234=abc");
        result.Events.Should().BeEmpty();
    }

    [Fact]
    public void Relaxed_names_keep_keys_that_start_with_a_digit()
    {
        var result = ConfigFixtures.Env(
            WithContainer("    envFrom:\n    - configMapRef: {name: cm}") + "\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm}\ndata: {1z: a}\n",
            settings: ConfigFixtures.NoServices with { RelaxedEnvironmentVariableNames = true });

        ConfigFixtures.Lines(result).Should().Equal("1z=a");
        result.Events.Should().BeEmpty();
    }

    public static TheoryData<string, string?> MissingReferences() => new()
    {
        { "envFrom:\n    - configMapRef: {name: cm}", "configmap \"cm\" not found" },
        { "envFrom:\n    - secretRef: {name: s}", "secret \"s\" not found" },
        { "envFrom:\n    - configMapRef: {name: cm, optional: true}", null },
        { "envFrom:\n    - secretRef: {name: s, optional: true}", null },
        { "env:\n    - {name: A, valueFrom: {configMapKeyRef: {name: cm, key: k}}}", "configmap \"cm\" not found" },
        { "env:\n    - {name: A, valueFrom: {secretKeyRef: {name: s, key: k}}}", "secret \"s\" not found" },
        { "env:\n    - {name: A, valueFrom: {configMapKeyRef: {name: cm, key: k, optional: true}}}", null },
        { "env:\n    - {name: A, valueFrom: {secretKeyRef: {name: s, key: k, optional: true}}}", null },
        { "env:\n    - {name: A, valueFrom: {configMapKeyRef: {name: present, key: k}}}", "couldn't find key k in ConfigMap default/present" },
        { "env:\n    - {name: A, valueFrom: {secretKeyRef: {name: present, key: k}}}", "couldn't find key k in Secret default/present" },
        { "env:\n    - {name: A, valueFrom: {configMapKeyRef: {name: present, key: k, optional: true}}}", null },
        { "env:\n    - {name: A, valueFrom: {secretKeyRef: {name: present, key: k, optional: true}}}", null },
    };

    [Theory]
    [MemberData(nameof(MissingReferences))]
    public void Missing_objects_and_keys_fail_unless_optional(string containerYaml, string? expectedError)
    {
        var yaml = WithContainer("    " + containerYaml) + """

            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: present}
            data: {other: x}
            ---
            apiVersion: v1
            kind: Secret
            metadata: {name: present}
            stringData: {other: x}
            """;

        var result = ConfigFixtures.Env(yaml);

        if (expectedError is null)
        {
            result.Error.Should().BeNull();
            result.Variables.Should().BeEmpty("an optional missing source sets nothing");
        }
        else
        {
            result.Error.Should().Be(new ConfigurationError("CreateContainerConfigError", expectedError));
            result.Succeeded.Should().BeFalse();
        }
    }

    [Fact]
    public void The_first_failing_reference_is_the_error_and_earlier_variables_are_kept()
    {
        var result = ConfigFixtures.Env(WithContainer("""
                env:
                - {name: A, value: "1"}
                - {name: B, valueFrom: {configMapKeyRef: {name: first, key: k}}}
                - {name: C, valueFrom: {secretKeyRef: {name: second, key: k}}}
            """));

        result.Error!.Message.Should().Be("configmap \"first\" not found");
        ConfigFixtures.Lines(result).Should().Equal("A=1");
    }

    [Fact]
    public void Secret_values_are_base64_decoded_and_string_data_wins()
    {
        var result = ConfigFixtures.Env(WithContainer("""
                env:
                - {name: USER, valueFrom: {secretKeyRef: {name: s, key: username}}}
                - {name: PASS, valueFrom: {secretKeyRef: {name: s, key: password}}}
                envFrom:
                - {prefix: S_, secretRef: {name: s}}
            """) + """

            ---
            apiVersion: v1
            kind: Secret
            metadata: {name: s}
            data: {username: YWRtaW4=, password: b2xk}
            stringData: {password: s3cr3t}
            """);

        ConfigFixtures.Lines(result).Should().Equal("S_password=s3cr3t", "S_username=admin", "USER=admin", "PASS=s3cr3t");
        result.Variables[2].Source.Should().Be(EnvironmentSourceKind.SecretKey);
        result.Variables[2].Origin.Should().Be("secret default/s key username");
    }

    [Fact]
    public void Env_overrides_envFrom_in_place_and_expands_against_it()
    {
        var result = ConfigFixtures.Env(WithContainer("""
                envFrom:
                - configMapRef: {name: cm}
                env:
                - {name: LEVEL, value: debug}
                - {name: GREETING, value: "$(LEVEL)/$(DIR)/$(LATER)"}
                - {name: LATER, value: x}
                - {name: EMPTY}
            """) + "\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm}\ndata: {LEVEL: info, DIR: /var/data}\n");

        ConfigFixtures.Lines(result).Should().Equal("DIR=/var/data", "LEVEL=debug", "GREETING=debug//var/data/$(LATER)", "LATER=x", "EMPTY=");
        result.Variables[1].Source.Should().Be(EnvironmentSourceKind.Value);
    }

    [Fact]
    public void Dependent_envars_example_matches_the_documentation()
    {
        // pods/inject/dependent-envars.yaml from the Kubernetes documentation, with its documented output.
        var result = ConfigFixtures.Env(WithContainer("""
                env:
                - {name: SERVICE_PORT, value: "80"}
                - {name: SERVICE_IP, value: "172.17.0.1"}
                - {name: UNCHANGED_REFERENCE, value: "$(PROTOCOL)://$(SERVICE_IP):$(SERVICE_PORT)"}
                - {name: PROTOCOL, value: "https"}
                - {name: SERVICE_ADDRESS, value: "$(PROTOCOL)://$(SERVICE_IP):$(SERVICE_PORT)"}
                - {name: ESCAPED_REFERENCE, value: "$$(PROTOCOL)://$(SERVICE_IP):$(SERVICE_PORT)"}
            """));

        result["SERVICE_ADDRESS"].Should().Be("https://172.17.0.1:80");
        result["UNCHANGED_REFERENCE"].Should().Be("$(PROTOCOL)://172.17.0.1:80");
        result["ESCAPED_REFERENCE"].Should().Be("$(PROTOCOL)://172.17.0.1:80");
    }

    [Fact]
    public void ValueFrom_values_are_not_expanded()
    {
        var result = ConfigFixtures.Env(WithContainer("""
                env:
                - {name: A, value: a}
                - {name: B, valueFrom: {configMapKeyRef: {name: cm, key: k}}}
            """) + "\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm}\ndata: {k: \"$(A)\"}\n");

        result["B"].Should().Be("$(A)");
    }

    [Fact]
    public void Objects_are_looked_up_in_the_pods_namespace()
    {
        var yaml = Pod.Replace("namespace: default", "namespace: team") + """

                envFrom:
                - configMapRef: {name: cm}
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: cm, namespace: other}
            data: {A: a}
            """;

        var result = ConfigFixtures.Env(yaml);

        result.Error!.Message.Should().Be("configmap \"cm\" not found");
    }

    [Fact]
    public void File_key_references_are_left_empty_as_they_are_written_at_run_time()
    {
        var result = ConfigFixtures.Env(WithContainer("""
                env:
                - {name: DB_ADDRESS, valueFrom: {fileKeyRef: {path: config.env, volumeName: config, key: DB_ADDRESS}}}
            """));

        result.Variables.Should().ContainSingle().Which.Should().Match<EnvironmentVariable>(v =>
            v.Value == string.Empty && v.Source == EnvironmentSourceKind.FileKeyRef);
    }
}
