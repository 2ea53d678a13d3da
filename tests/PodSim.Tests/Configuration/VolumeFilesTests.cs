using PodSim.Configuration;
using PodSim.Tests.Support;

namespace PodSim.Tests.Configuration;

public class VolumeFilesTests
{
    private const string Objects = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          namespace: default
          labels: {app: web, "example.com/tier": "front end"}
          annotations: {build: "line1\nline2", quote: "a\"b\\c"}
        spec:
          securityContext: FSGROUP
          containers:
          - name: app
            image: busybox
            resources:
              limits: {cpu: 500m, memory: 64Mi}
            volumeMounts:
            - {name: vol, mountPath: /etc/vol}
          volumes:
          - name: vol
            VOLUME
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: cm}
        data: {game.properties: "lives=3\n", ui.properties: "color=blue\n"}
        binaryData: {logo.png: iVBORw0K}
        ---
        apiVersion: v1
        kind: Secret
        metadata: {name: s}
        data: {username: YWRtaW4=, password: MWYyZDFlMmU2N2Rm}
        """;

    private static VolumeContent Project(string volumeYaml, string fsGroup = "{}")
    {
        var (pod, sources) = ConfigFixtures.Load(Objects.Replace("VOLUME", volumeYaml.Replace("\n", "\n    ")).Replace("FSGROUP", fsGroup));
        return VolumeFiles.Project(pod, pod.Spec!.Volumes[0], sources);
    }

    private static string[] Describe(VolumeContent content) =>
        content.Files.Select(f => f.Path + " " + f.OctalMode + " " + f.Text).ToArray();

    [Fact]
    public void A_config_map_without_items_writes_every_key_with_the_default_mode()
    {
        var content = Project("configMap: {name: cm}");

        content.Error.Should().BeNull();
        content.Kind.Should().Be("configMap");
        content.Files.Select(f => f.Path + " " + f.OctalMode).Should().Equal("game.properties 0644", "logo.png 0644", "ui.properties 0644");
        content.Files[0].Text.Should().Be("lives=3\n");
        content.Files[1].Content.ToArray().Should().Equal(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A);
    }

    [Fact]
    public void Items_choose_keys_paths_and_modes()
    {
        var content = Project("""
            configMap:
              name: cm
              defaultMode: 0600
              items:
              - {key: game.properties, path: game/props}
              - {key: ui.properties, path: ui, mode: 0444}
            """);

        Describe(content).Should().Equal("game/props 0600 lives=3\n", "ui 0444 color=blue\n");
    }

    [Theory]
    [InlineData("configMap: {name: cm, items: [{key: nope, path: x}]}", "configmap references non-existent config key: nope")]
    [InlineData("configMap: {name: missing}", "configmap \"missing\" not found")]
    [InlineData("secret: {secretName: s, items: [{key: nope, path: x}]}", "references non-existent secret key: nope")]
    [InlineData("secret: {secretName: missing}", "secret \"missing\" not found")]
    public void Missing_objects_and_keys_fail_the_mount_with_the_upstream_event(string volumeYaml, string error)
    {
        var content = Project(volumeYaml);

        content.Files.Should().BeEmpty();
        content.Error.Should().Be(new ConfigurationError("FailedMount", "MountVolume.SetUp failed for volume \"vol\" : " + error));
    }

    [Theory]
    [InlineData("configMap: {name: cm, optional: true, items: [{key: nope, path: x}, {key: ui.properties, path: ui}]}", "ui")]
    [InlineData("configMap: {name: missing, optional: true}", "")]
    [InlineData("secret: {secretName: missing, optional: true}", "")]
    [InlineData("secret: {secretName: s, optional: true, items: [{key: nope, path: x}]}", "")]
    public void Optional_sources_skip_what_is_missing(string volumeYaml, string paths)
    {
        var content = Project(volumeYaml);

        content.Error.Should().BeNull();
        string.Join(",", content.Files.Select(f => f.Path)).Should().Be(paths);
    }

    [Fact]
    public void Secret_files_are_decoded_and_default_to_0644()
    {
        var content = Project("secret: {secretName: s}");

        Describe(content).Should().Equal("password 0644 1f2d1e2e67df", "username 0644 admin");
    }

    [Fact]
    public void Downward_api_files_hold_fields_and_resources()
    {
        var content = Project("""
            downwardAPI:
              items:
              - {path: labels, fieldRef: {fieldPath: metadata.labels}}
              - {path: annotations, fieldRef: {fieldPath: metadata.annotations}}
              - {path: name, fieldRef: {fieldPath: metadata.name}}
              - {path: ./sub/../tier, fieldRef: {fieldPath: "metadata.labels['example.com/tier']"}}
              - {path: cpu_limit, resourceFieldRef: {containerName: app, resource: limits.cpu, divisor: 1m}, mode: 0400}
              - {path: mem_limit, resourceFieldRef: {containerName: app, resource: limits.memory, divisor: 1Mi}}
            """);

        content.Error.Should().BeNull();
        Describe(content).Should().Equal(
            "annotations 0644 build=\"line1\\nline2\"\nquote=\"a\\\"b\\\\c\"",
            "cpu_limit 0400 500",
            "labels 0644 app=\"web\"\nexample.com/tier=\"front end\"",
            "mem_limit 0644 64",
            "name 0644 web",
            "tier 0644 front end");
    }

    [Fact]
    public void Downward_api_volumes_support_only_metadata_fields()
    {
        var content = Project("""
            downwardAPI:
              items:
              - {path: node, fieldRef: {fieldPath: spec.nodeName}}
              - {path: x, resourceFieldRef: {containerName: nope, resource: limits.cpu}}
            """);

        content.Error!.Message.Should().Be(
            "MountVolume.SetUp failed for volume \"vol\" : [unsupported fieldPath: spec.nodeName, container nope not found]");
    }

    [Fact]
    public void A_projected_volume_combines_its_sources()
    {
        // pods/storage/projected-secret-downwardapi-configmap.yaml, with objects for its references.
        var content = Project("""
            projected:
              sources:
              - secret:
                  name: s
                  items: [{key: username, path: my-group/my-username}]
              - downwardAPI:
                  items:
                  - {path: labels, fieldRef: {fieldPath: metadata.labels}}
                  - {path: cpu_limit, resourceFieldRef: {containerName: app, resource: limits.cpu}}
              - configMap:
                  name: cm
                  items: [{key: game.properties, path: my-group/my-config}]
              - serviceAccountToken: {path: token}
              - configMap:
                  name: kube-root-ca.crt
                  items: [{key: ca.crt, path: ca.crt}]
            """);

        content.Error.Should().BeNull();
        content.Files.Select(f => f.Path + " " + f.OctalMode).Should().Equal(
            "ca.crt 0644", "cpu_limit 0644", "labels 0644", "my-group/my-config 0644", "my-group/my-username 0644", "token 0644");
        content.Files.Single(f => f.Path == "cpu_limit").Text.Should().Be("1");
        content.Files.Single(f => f.Path == "my-group/my-username").Text.Should().Be("admin");
    }

    [Fact]
    public void Projected_errors_are_collected_from_every_source()
    {
        var content = Project("""
            projected:
              sources:
              - secret: {name: nope}
              - configMap: {name: cm, items: [{key: missing, path: m}]}
              - configMap: {name: alsonope, optional: true}
            """);

        content.Error!.Message.Should().Be(
            "MountVolume.SetUp failed for volume \"vol\" : [secret \"nope\" not found, configmap references non-existent config key: missing]");
    }

    [Fact]
    public void An_fs_group_makes_files_group_readable_and_the_token_0640()
    {
        var content = Project("""
            projected:
              defaultMode: 0400
              sources:
              - secret: {name: s}
              - serviceAccountToken: {path: token}
            """, fsGroup: "{fsGroup: 2000}");

        content.Files.Select(f => f.Path + " " + f.OctalMode).Should().Equal("password 0440", "token 0640", "username 0440");
    }

    [Fact]
    public void Other_volume_kinds_have_no_projected_files()
    {
        var content = Project("emptyDir: {}");

        content.Should().Be(new VolumeContent("vol", "emptyDir", [], null));
    }

    [Fact]
    public void Only_volumes_some_container_mounts_are_set_up()
    {
        var (pod, sources) = ConfigFixtures.Load(Objects.Replace("FSGROUP", "{}")
            .Replace("VOLUME", "configMap: {name: cm}\n  - name: unused\n    configMap: {name: missing}"));

        VolumeFiles.ProjectPodVolumes(pod, sources).Select(v => v.VolumeName).Should().Equal("vol");
    }

    [SkippableFact]
    public void Dapi_volume_resources_example_writes_the_documented_values()
    {
        var corpus = SharedPaths.Corpus;
        Skip.If(corpus is null, "../shared/corpus is not beside this clone");
        var (pod, sources) = ConfigFixtures.Load(File.ReadAllText(Path.Combine(corpus, "pods/inject/dapi-volume-resources.yaml")));

        var content = VolumeFiles.Project(pod, pod.Spec!.Volumes[0], sources);

        Describe(content).Should().Equal("cpu_limit 0644 250", "cpu_request 0644 125", "mem_limit 0644 64", "mem_request 0644 32");
    }
}
