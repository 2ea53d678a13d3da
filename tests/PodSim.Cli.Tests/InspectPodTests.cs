using System.Text.Json.Nodes;

namespace PodSim.Cli.Tests;

/// <summary>
/// <c>podsim inspect pod</c>: what one container gets from its configuration at a virtual time, as text and JSON;
/// container selection as kubectl does it; errors and exit codes.
/// </summary>
public class InspectPodTests
{
    /// <summary>
    /// A pod using every source the command shows: envFrom with a prefix (and a key that is not a valid name), a
    /// configMapKeyRef, a secretKeyRef, fieldRefs, resourceFieldRefs with and without a divisor, $(VAR) in args
    /// ($$ escaping, an unset name), a configMap volume with items and a mode, a downwardAPI volume of labels,
    /// ClusterFirst DNS with dnsConfig, hostname and subdomain, hostAliases, and a security context on the pod and
    /// on the container.
    /// </summary>
    private const string FullPod =
            """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: settings}
            data:
              mode: production
              log_level: debug
              app.properties: "color=blue\nsize=64\n"
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: flags}
            data: {FEATURE_X: "on", 1bad: "x"}
            ---
            apiVersion: v1
            kind: Secret
            metadata: {name: db}
            stringData: {password: s3cr3t}
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              labels: {app: web, tier: frontend}
            spec:
              hostname: web-0
              subdomain: web-svc
              dnsPolicy: ClusterFirst
              dnsConfig:
                nameservers: [10.0.0.53]
                searches: [corp.example]
                options: [{name: ndots, value: "2"}, {name: edns0}]
              hostAliases:
              - {ip: 10.0.0.50, hostnames: [db.corp.example, db]}
              securityContext: {runAsUser: 1000, runAsGroup: 3000, fsGroup: 2000, supplementalGroups: [4000]}
              containers:
              - name: app
                image: registry.example/web:1.4
                command: [/app/server]
                args: [--mode=$(APP_MODE), --cpu=$(CPU_MILLIS), --pod=$(POD_NAME), --raw=$$(POD_NAME), --unset=$(NOPE)]
                envFrom:
                - configMapRef: {name: settings}
                  prefix: CFG_
                - configMapRef: {name: flags}
                env:
                - name: APP_MODE
                  valueFrom: {configMapKeyRef: {name: settings, key: mode}}
                - name: DB_PASSWORD
                  valueFrom: {secretKeyRef: {name: db, key: password}}
                - name: POD_NAME
                  valueFrom: {fieldRef: {fieldPath: metadata.name}}
                - name: POD_IP
                  valueFrom: {fieldRef: {fieldPath: status.podIP}}
                - name: CPU_MILLIS
                  valueFrom: {resourceFieldRef: {resource: limits.cpu, divisor: 1m}}
                - name: CPU_CORES
                  valueFrom: {resourceFieldRef: {resource: limits.cpu}}
                - name: GREETING
                  value: hello $(POD_NAME) at $(POD_IP)
                resources:
                  limits: {cpu: 250m, memory: 128Mi}
                securityContext:
                  runAsUser: 1001
                  allowPrivilegeEscalation: false
                  capabilities: {drop: [ALL]}
                volumeMounts:
                - {name: config, mountPath: /etc/app}
                - {name: podinfo, mountPath: /etc/podinfo, readOnly: true}
              volumes:
              - name: config
                configMap:
                  name: settings
                  items: [{key: app.properties, path: conf/app.properties, mode: 0600}]
              - name: podinfo
                downwardAPI:
                  items:
                  - {path: labels, fieldRef: {fieldPath: metadata.labels}}

            """;

    [Fact]
    public void Text_shows_every_section_with_where_each_value_came_from()
    {
        var result = Cli.RunWithInput(FullPod, "inspect", "pod", "web", "-", "--at", "1m");

        result.Exit.Should().Be(0, result.ToString());
        result.Stderr.Should().BeEmpty();
        // ␉ marks a tab: /etc/hosts separates its fields with tabs, as the kubelet writes it.
        result.Stdout.Should().Be(
            """
            Pod:               web
            Namespace:         default
            Container:         app
            Image:             registry.example/web:1.4
            Node:              node-1
            Pod IP:            10.244.0.2
            Hostname:          web-0
            FQDN:              web-0.web-svc.default.svc.cluster.local
            State:             Running
            Time:              +1m0s
            Errors:            <none>
            Environment:
              Name                            From                                     Value
              CFG_app.properties              envFrom configMap default/settings       "color=blue\nsize=64\n"
              CFG_log_level                   envFrom configMap default/settings       debug
              CFG_mode                        envFrom configMap default/settings       production
              FEATURE_X                       envFrom configMap default/flags          on
              APP_MODE                        configMap default/settings key mode      production
              DB_PASSWORD                     secret default/db key password           s3cr3t
              POD_NAME                        fieldRef metadata.name                   web
              POD_IP                          fieldRef status.podIP                    10.244.0.2
              CPU_MILLIS                      resourceFieldRef limits.cpu divisor 1m   250
              CPU_CORES                       resourceFieldRef limits.cpu              1
              GREETING                        value                                    hello web at 10.244.0.2
              KUBERNETES_SERVICE_HOST         service default/kubernetes               10.96.0.1
              KUBERNETES_SERVICE_PORT         service default/kubernetes               443
              KUBERNETES_SERVICE_PORT_HTTPS   service default/kubernetes               443
              KUBERNETES_PORT                 service default/kubernetes               tcp://10.96.0.1:443
              KUBERNETES_PORT_443_TCP         service default/kubernetes               tcp://10.96.0.1:443
              KUBERNETES_PORT_443_TCP_PROTO   service default/kubernetes               tcp
              KUBERNETES_PORT_443_TCP_PORT    service default/kubernetes               443
              KUBERNETES_PORT_443_TCP_ADDR    service default/kubernetes               10.96.0.1
            Command:
              /app/server
            Args:
              --mode=production
              --cpu=250
              --pod=web
              --raw=$(POD_NAME)
              --unset=$(NOPE)
            Working Dir:       <image's WORKDIR>
            Mounts:
              /etc/app from config (ro)
              /etc/podinfo from podinfo (ro)
              /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-nlk6b (ro)
              /etc/hosts from k8s-managed-etc-hosts (rw)
            Files:
              /etc/app/conf/app.properties                              0640   19 bytes   from config
                color=blue
                size=64
              /etc/podinfo/labels                                       0644   25 bytes   from podinfo
                app="web"
                tier="frontend"
              /var/run/secrets/kubernetes.io/serviceaccount/ca.crt      0644   83 bytes   from kube-api-access-nlk6b
                -----BEGIN CERTIFICATE-----
                (cluster root CA, simulated)
                -----END CERTIFICATE-----
              /var/run/secrets/kubernetes.io/serviceaccount/namespace   0644   7 bytes    from kube-api-access-nlk6b
                default
              /var/run/secrets/kubernetes.io/serviceaccount/token       0640   34 bytes   from kube-api-access-nlk6b
                (service account token, simulated)
            /etc/resolv.conf:
              search default.svc.cluster.local svc.cluster.local cluster.local corp.example
              nameserver 10.96.0.10
              nameserver 10.0.0.53
              options ndots:2 edns0
            /etc/hosts:
              # Kubernetes-managed hosts file.
              127.0.0.1␉localhost
              ::1␉localhost ip6-localhost ip6-loopback
              fe00::0␉ip6-localnet
              fe00::0␉ip6-mcastprefix
              fe00::1␉ip6-allnodes
              fe00::2␉ip6-allrouters
              10.244.0.2␉web-0.web-svc.default.svc.cluster.local␉web-0

              # Entries added by HostAliases.
              10.0.0.50␉db.corp.example␉db
            Security Context:
              Run As User:                  1001       from container
              Run As Group:                 3000       from pod
              Capabilities:                 drop=ALL   from container
              Allow Privilege Escalation:   false      from container
              FS Group:                     2000       from pod
              Supplemental Groups:          4000       from pod
            Runs As:           uid=1001 gid=3000 groups=3000,2000,4000
            OOM Score Adj:     -997
            Events:
              Warning   InvalidEnvironmentVariableNames   Keys [1bad] from the EnvFrom configMap default/flags were skipped since they are considered invalid environment variable names.

            """.Replace("␉", "\t", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_is_one_object_with_the_same_information_in_full()
    {
        var result = Cli.RunWithInput(FullPod, "inspect", "pod", "web", "-", "--at", "1m", "-o", "json");

        result.Exit.Should().Be(0, result.ToString());
        result.Stderr.Should().BeEmpty();
        result.Stdout.Should().StartWith("{\n    \"pod\": \"web\",\n").And.EndWith("}\n");
        var json = JsonNode.Parse(result.Stdout)!;
        json["namespace"]!.GetValue<string>().Should().Be("default");
        json["container"]!.GetValue<string>().Should().Be("app");
        json["containerType"]!.GetValue<string>().Should().Be("container");
        json["podIP"]!.GetValue<string>().Should().Be("10.244.0.2");
        json["state"]!.GetValue<string>().Should().Be("Running");
        json["time"]!.GetValue<string>().Should().Be("1m0s");
        json["errors"]!.AsArray().Should().BeEmpty();

        var env = json["environment"]!.AsArray().ToDictionary(e => e!["name"]!.GetValue<string>());
        env["CFG_app.properties"]!["value"]!.GetValue<string>().Should().Be("color=blue\nsize=64\n");
        env["CFG_app.properties"]!["source"]!.GetValue<string>().Should().Be("ConfigMapEnvFrom");
        env["DB_PASSWORD"]!["value"]!.GetValue<string>().Should().Be("s3cr3t");
        env["DB_PASSWORD"]!["from"]!.GetValue<string>().Should().Be("secret default/db key password");
        env["CPU_MILLIS"]!["value"]!.GetValue<string>().Should().Be("250");
        env["CPU_MILLIS"]!["source"]!.GetValue<string>().Should().Be("ResourceFieldRef");
        env["POD_IP"]!["value"]!.GetValue<string>().Should().Be("10.244.0.2");

        json["argv"]!.AsArray().Select(a => a!.GetValue<string>()).Should().Equal(
            "/app/server", "--mode=production", "--cpu=250", "--pod=web", "--raw=$(POD_NAME)", "--unset=$(NOPE)");
        json["command"]!.AsArray().Should().ContainSingle();
        json["workingDir"].Should().BeNull();

        var file = json["files"]![0]!;
        file["path"]!.GetValue<string>().Should().Be("/etc/app/conf/app.properties");
        file["mode"]!.GetValue<string>().Should().Be("0640");
        file["size"]!.GetValue<int>().Should().Be(19);
        file["encoding"]!.GetValue<string>().Should().Be("text");
        file["content"]!.GetValue<string>().Should().Be("color=blue\nsize=64\n");
        json["mounts"]![2]!["mountPath"]!.GetValue<string>().Should().Be("/var/run/secrets/kubernetes.io/serviceaccount");
        json["mounts"]![2]!["volumeKind"]!.GetValue<string>().Should().Be("projected");
        json["mounts"]![3]!["mountPath"]!.GetValue<string>().Should().Be("/etc/hosts");
        json["mounts"]![3]!["readOnly"]!.GetValue<bool>().Should().BeFalse();

        json["resolvConf"]!["policy"]!.GetValue<string>().Should().Be("ClusterFirst");
        json["resolvConf"]!["nameservers"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("10.96.0.10", "10.0.0.53");
        json["hosts"]!["fqdn"]!.GetValue<string>().Should().Be("web-0.web-svc.default.svc.cluster.local");
        json["hosts"]!["text"]!.GetValue<string>().Should().EndWith("# Entries added by HostAliases.\n10.0.0.50\tdb.corp.example\tdb\n");

        json["securityContext"]!["effective"]!["runAsUser"]!.GetValue<long>().Should().Be(1001);
        json["securityContext"]!["from"]!["runAsUser"]!.GetValue<string>().Should().Be("container");
        json["securityContext"]!["from"]!["runAsGroup"]!.GetValue<string>().Should().Be("pod");
        json["securityContext"]!["effective"]!["capabilities"]!["drop"]![0]!.GetValue<string>().Should().Be("ALL");
        json["runsAs"]!["uid"]!.GetValue<long>().Should().Be(1001);
        json["runsAs"]!["groups"]!.AsArray().Select(g => g!.GetValue<long>()).Should().Equal(3000, 2000, 4000);
        // Numbers in arrays are indented like everything else (kubectl's layout), one per line.
        result.Stdout.Should().Contain("        \"groups\": [\n            3000,\n            2000,\n            4000\n        ],\n");
        json["events"]![0]!["reason"]!.GetValue<string>().Should().Be("InvalidEnvironmentVariableNames");
    }

    [Fact]
    public void Missing_configmap_is_a_CreateContainerConfigError_with_the_kubelets_message()
    {
        const string yaml =
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
              - name: app
                image: nginx
                env:
                - {name: A, value: one}
                - name: B
                  valueFrom: {configMapKeyRef: {name: settings, key: b}}
                - {name: C, value: three}
            """;

        var result = Cli.RunWithInput(yaml, "inspect", "pod", "web", "-");

        result.Exit.Should().Be(0, result.ToString());
        result.Stderr.Should().BeEmpty();
        result.Stdout.Should().StartWith(
            """
            Pod:               web
            Namespace:         default
            Container:         app
            Image:             nginx
            Node:              node-1
            Pod IP:            10.244.0.2
            Hostname:          web
            State:             Waiting (CreateContainerConfigError)
            Time:              +10m0s
            Errors:
              CreateContainerConfigError: configmap "settings" not found
            Environment:
              Name   From    Value
              A      value   one
              (resolving stopped here: configmap "settings" not found)
            Command:           <image's ENTRYPOINT>
            Args:              <image's CMD>
            Working Dir:       <image's WORKDIR>

            """);
    }

    [Fact]
    public void Missing_key_and_missing_volume_source_give_the_kubelets_messages()
    {
        const string yaml =
            """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: settings}
            data: {a: "1"}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
              - name: app
                image: nginx
                env:
                - name: B
                  valueFrom: {configMapKeyRef: {name: settings, key: b}}
                volumeMounts:
                - {name: files, mountPath: /files}
              volumes:
              - name: files
                secret: {secretName: tls}
            """;

        var result = Cli.RunWithInput(yaml, "inspect", "pod", "web", "-");

        result.Exit.Should().Be(0, result.ToString());
        var lines = result.Stdout.Split('\n');
        lines.Should().Contain("State:             Waiting (ContainerCreating)");
        var errors = Array.IndexOf(lines, "Errors:");
        lines[(errors + 1)..(errors + 3)].Should().Equal(
            "  FailedMount: MountVolume.SetUp failed for volume \"files\" : secret \"tls\" not found",
            "  CreateContainerConfigError: couldn't find key b in ConfigMap default/settings");
        lines.Should().Contain("Environment:       (resolving stopped here: couldn't find key b in ConfigMap default/settings)");
    }

    [Fact]
    public void Optional_references_to_missing_objects_are_skipped()
    {
        const string yaml =
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              enableServiceLinks: false
              containers:
              - name: app
                image: nginx
                env:
                - name: B
                  valueFrom: {configMapKeyRef: {name: settings, key: b, optional: true}}
                envFrom:
                - secretRef: {name: creds, optional: true}
            """;

        var result = Cli.RunWithInput(yaml, "inspect", "pod", "web", "-");

        result.Exit.Should().Be(0, result.ToString());
        var lines = result.Stdout.Split('\n');
        lines.Should().Contain("State:             Running").And.Contain("Errors:            <none>");
        lines.Should().Contain("Environment:").And.Contain("  KUBERNETES_SERVICE_HOST         service default/kubernetes   10.96.0.1");
        lines.Should().NotContain(l => l.StartsWith("  B ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_sample_waits_for_its_secret_then_starts()
    {
        var before = Cli.Run("inspect", "pod", "web", "samples/scenarios/app-config.yaml", "--at", "29s");
        var after = Cli.Run("inspect", "pod", "web", "samples/scenarios/app-config.yaml", "--at", "30s");

        before.Exit.Should().Be(0, before.ToString());
        before.Stdout.Should().Contain("State:             Waiting (CreateContainerConfigError)\nTime:              +29s\nErrors:\n  CreateContainerConfigError: secret \"db-credentials\" not found\n");
        after.Stdout.Should().Contain("State:             Running\nTime:              +30s\nErrors:            <none>\n");
        after.Stdout.Should().Contain("  DB_PASSWORD                     secret default/db-credentials key password   s3cr3t\n");
    }

    [Fact]
    public void Long_binary_and_empty_files_are_shown_sensibly_and_in_full_in_json()
    {
        var lines = Enumerable.Range(1, 22).Select(i => "    line " + i);
        var yaml =
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: blobs}\ndata:\n  long.txt: |\n" + string.Join('\n', lines) + "\n"
            + "  wide.txt: \"" + new string('x', 130) + "\"\n  empty.txt: \"\"\nbinaryData:\n  logo.bin: AAECAw==\n---\n"
            + "apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  automountServiceAccountToken: false\n  containers:\n  - name: app\n    image: nginx\n"
            + "    volumeMounts: [{name: blobs, mountPath: /data}]\n  volumes: [{name: blobs, configMap: {name: blobs}}]\n";

        var text = Cli.RunWithInput(yaml, "inspect", "pod", "web", "-");

        text.Exit.Should().Be(0, text.ToString());
        var stdout = text.Stdout;
        var files = stdout[stdout.IndexOf("Files:\n", StringComparison.Ordinal)..stdout.IndexOf("/etc/resolv.conf:\n", StringComparison.Ordinal)];
        files.Should().Be(
            "Files:\n"
            + "  /data/empty.txt   0644   0 bytes     from blobs\n"
            + "    <empty>\n"
            + "  /data/logo.bin    0644   4 bytes     from blobs\n"
            + "    <binary data, 4 bytes>\n"
            + "  /data/long.txt    0644   167 bytes   from blobs\n"
            + string.Concat(Enumerable.Range(1, 20).Select(i => "    line " + i + "\n"))
            + "    ... (2 more lines)\n"
            + "  /data/wide.txt    0644   130 bytes   from blobs\n"
            + "    " + new string('x', 120) + "... (10 more characters)\n");

        var json = JsonNode.Parse(Cli.RunWithInput(yaml, "inspect", "pod", "web", "-", "-o", "json").Stdout)!;
        var byPath = json["files"]!.AsArray().ToDictionary(f => f!["path"]!.GetValue<string>());
        byPath["/data/logo.bin"]!["encoding"]!.GetValue<string>().Should().Be("base64");
        byPath["/data/logo.bin"]!["content"]!.GetValue<string>().Should().Be("AAECAw==");
        byPath["/data/long.txt"]!["content"]!.GetValue<string>().Should().EndWith("line 21\nline 22\n");
        byPath["/data/wide.txt"]!["content"]!.GetValue<string>().Should().HaveLength(130);
    }

    [Fact]
    public void Service_account_token_files_are_shown_under_the_token_mount()
    {
        const string yaml =
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: web, namespace: prod}
            spec:
              containers:
              - {name: app, image: nginx}
            """;

        var result = Cli.RunWithInput(yaml, "inspect", "pod", "web", "-", "-n", "prod");

        result.Exit.Should().Be(0, result.ToString());
        var stdout = result.Stdout;
        stdout[stdout.IndexOf("Mounts:\n", StringComparison.Ordinal)..stdout.IndexOf("/etc/resolv.conf:\n", StringComparison.Ordinal)].Should().Be(
            """
            Mounts:
              /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-jm998 (ro)
              /etc/hosts from k8s-managed-etc-hosts (rw)
            Files:
              /var/run/secrets/kubernetes.io/serviceaccount/ca.crt      0644   83 bytes   from kube-api-access-jm998
                -----BEGIN CERTIFICATE-----
                (cluster root CA, simulated)
                -----END CERTIFICATE-----
              /var/run/secrets/kubernetes.io/serviceaccount/namespace   0644   4 bytes    from kube-api-access-jm998
                prod
              /var/run/secrets/kubernetes.io/serviceaccount/token       0644   34 bytes   from kube-api-access-jm998
                (service account token, simulated)

            """);
    }

    [Theory]
    [InlineData("", "\"\"")]
    [InlineData(" padded ", "\" padded \"")]
    [InlineData("say \"hi\"", "say \"hi\"")]
    [InlineData("\"quoted\"", "\"\\\"quoted\\\"\"")]
    [InlineData("two\\nlines", "\"two\\nlines\"")]
    [InlineData("tab\\there", "\"tab\\there\"")]
    [InlineData("esc\\e[31m", "\"esc\\x1b[31m\"")]
    public void Environment_values_print_on_one_line_quoted_when_needed(string yamlValue, string shown)
    {
        var yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  enableServiceLinks: false\n  containers:\n  - name: app\n    image: nginx\n"
            + "    env: [{name: V, value: \"" + yamlValue.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"}]\n";

        var result = Cli.RunWithInput(yaml, "inspect", "pod", "web", "-");

        result.Exit.Should().Be(0, result.ToString());
        result.Stdout.Split('\n').Should().Contain(l => l.StartsWith("  V  ", StringComparison.Ordinal))
            .Which.Should().EndWith("   " + shown);
    }

    [Fact]
    public void Default_container_is_the_first_app_container_and_kubectl_says_so_when_there_was_a_choice()
    {
        var result = Cli.RunWithInput(TwoContainers(string.Empty), "inspect", "pod", "web", "-");

        result.Exit.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain("\nContainer:         app\n");
        result.Stderr.Should().Be("Defaulted container \"app\" out of: app, sidecar, setup (init)\n");
    }

    [Fact]
    public void Default_container_annotation_picks_the_container_quietly()
    {
        var result = Cli.RunWithInput(TwoContainers("sidecar"), "inspect", "pod", "web", "-");

        result.Exit.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain("\nContainer:         sidecar\nImage:             envoy\n");
        result.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void Default_container_annotation_naming_no_container_falls_back_to_the_first()
    {
        var result = Cli.RunWithInput(TwoContainers("gone"), "inspect", "pod", "web", "-");

        result.Stdout.Should().Contain("\nContainer:         app\n");
        result.Stderr.Should().Be("Defaulted container \"app\" out of: app, sidecar, setup (init)\n");
    }

    [Theory]
    [InlineData("-c", "sidecar", "sidecar", "container")]
    [InlineData("--container", "setup", "setup (init)", "initContainer")]
    [InlineData("--container=app", null, "app", "container")]
    public void Container_flag_picks_an_app_or_init_container(string flag, string? value, string shown, string type)
    {
        string[] args = value is null ? ["inspect", "pod", "web", "-", flag] : ["inspect", "pod", "web", "-", flag, value];

        var result = Cli.RunWithInput(TwoContainers(string.Empty), args);

        result.Exit.Should().Be(0, result.ToString());
        result.Stderr.Should().BeEmpty();
        result.Stdout.Should().Contain("\nContainer:         " + shown + "\n");
        var json = JsonNode.Parse(Cli.RunWithInput(TwoContainers(string.Empty), [.. args, "-o", "json"]).Stdout)!;
        json["containerType"]!.GetValue<string>().Should().Be(type);
    }

    [Fact]
    public void Unknown_container_is_kubectls_error_and_exit_1()
    {
        var result = Cli.RunWithInput(TwoContainers(string.Empty), "inspect", "pod", "web", "-", "-c", "x");

        result.Exit.Should().Be(1);
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().Be("error: container x is not valid for pod web\n");
    }

    [Fact]
    public void Missing_pod_is_kubectls_NotFound_and_exit_1()
    {
        var result = Cli.Run("inspect", "pod", "api", "samples/scenarios/app-config.yaml");

        result.Exit.Should().Be(1);
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().Be("Error from server (NotFound): pods \"api\" not found\n");
    }

    [Fact]
    public void Namespace_flag_selects_the_pod_and_its_namespaces_objects()
    {
        const string yaml =
            """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: settings, namespace: default}
            data: {mode: default-mode}
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: settings, namespace: team}
            data: {mode: team-mode}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web, namespace: team}
            spec:
              containers:
              - name: app
                image: nginx
                env:
                - name: MODE
                  valueFrom: {configMapKeyRef: {name: settings, key: mode}}
            """;

        Cli.RunWithInput(yaml, "inspect", "pod", "web", "-").Stderr.Should().Be("Error from server (NotFound): pods \"web\" not found\n");
        var result = Cli.RunWithInput(yaml, "inspect", "pod", "web", "-", "-n", "team");

        result.Exit.Should().Be(0, result.ToString());
        result.Stdout.Should().StartWith("Pod:               web\nNamespace:         team\n");
        result.Stdout.Should().Contain("  MODE                            configMap team/settings key mode   team-mode\n");
        result.Stdout.Should().Contain("search team.svc.cluster.local svc.cluster.local cluster.local\n");
    }

    [Theory]
    [InlineData(new[] { "inspect", "pod", "web", "samples/scenarios/app-config.yaml", "-o", "yaml" }, "error: invalid argument \"yaml\" for \"--output\" flag: allowed values are text, json", "inspect pod")]
    [InlineData(new[] { "inspect", "pod", "web", "samples/scenarios/app-config.yaml", "--at", "soon" }, "error: invalid argument \"soon\" for \"--at\" flag: time: invalid duration \"soon\"", "inspect pod")]
    [InlineData(new[] { "inspect", "pod", "web", "samples/scenarios/app-config.yaml", "-c" }, "error: flag needs an argument: 'c' in -c", "inspect pod")]
    [InlineData(new[] { "inspect", "pod", "web", "samples/scenarios/app-config.yaml", "--previous" }, "error: unknown flag: --previous", "inspect pod")]
    [InlineData(new[] { "inspect", "pod" }, "error: a pod NAME and at least one FILE are required", "inspect pod")]
    [InlineData(new[] { "inspect", "pod", "web" }, "error: at least one FILE is required", "inspect pod")]
    [InlineData(new[] { "inspect" }, "error: you must specify the type of resource to inspect (podsim supports: pods)", "inspect")]
    [InlineData(new[] { "inspect", "node", "n", "x.yaml" }, "error: the resource type \"node\" is not supported (podsim supports: pods)", "inspect")]
    public void Usage_errors_are_two_lines_and_exit_2(string[] args, string error, string help)
    {
        var result = Cli.Run(args);

        result.Exit.Should().Be(2, result.ToString());
        result.Stdout.Should().BeEmpty();
        result.StderrLines.Should().Equal(error, $"See 'podsim {help} --help' for usage.");
    }

    [Fact]
    public void Same_input_prints_the_same_bytes()
    {
        var first = Cli.RunWithInput(FullPod, "inspect", "pod", "web", "-", "-o", "json");
        var second = Cli.RunWithInput(FullPod, "inspect", "pod", "web", "-", "-o", "json");

        second.Stdout.Should().Be(first.Stdout);
    }

    private static string TwoContainers(string defaultContainer) =>
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n"
        + (defaultContainer.Length > 0 ? "  annotations: {kubectl.kubernetes.io/default-container: " + defaultContainer + "}\n" : string.Empty)
        + "spec:\n  initContainers:\n  - {name: setup, image: busybox}\n  containers:\n  - {name: app, image: nginx}\n  - {name: sidecar, image: envoy}\n";

    [Fact]
    public void Image_configuration_from_the_scenario_gives_the_process_and_its_user()
    {
        const string yaml =
            """
            apiVersion: podsim.io/v1alpha1
            kind: Scenario
            metadata: {name: image}
            spec:
              images:
              - {image: "registry.example/app:1", present: true, entrypoint: [/app/server], cmd: [--port, "8080"], user: "1000:3000", workingDir: /app}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers: [{name: app, image: "registry.example/app:1", args: [--port, "9090"]}]
            """;

        var result = Cli.RunWithInput(yaml, "inspect", "pod", "web", "-", "--at", "10s");

        result.Exit.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain("Working Dir:       /app\nProcess:\n  /app/server\n  --port\n  9090\n");
        result.Stdout.Should().Contain("uid=1000 gid=3000");
    }
}
