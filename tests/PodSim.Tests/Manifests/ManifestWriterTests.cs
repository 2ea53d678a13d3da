using PodSim.Manifests;
using PodSim.Model;

namespace PodSim.Tests.Manifests;

public class ManifestWriterTests
{
    private static Pod SamplePod() => new()
    {
        ApiVersion = "v1",
        Kind = "Pod",
        Metadata = new ObjectMeta
        {
            Name = "web",
            Labels = new Dictionary<string, string> { ["tier"] = "front", ["app"] = "web" },
            CreationTimestamp = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
        },
        Spec = new PodSpec
        {
            Containers =
            [
                new Container
                {
                    Name = "app",
                    Image = "nginx:1.25",
                    Args = ["--port", "8080", "true", ""],
                    Env = [new EnvVar { Name = "MODE", Value = "yes" }],
                    Resources = new ResourceRequirements { Limits = new Dictionary<string, Quantity> { ["cpu"] = Quantity.Parse("0.5") } },
                },
            ],
            Volumes = [new Volume { Name = "scratch", EmptyDir = new EmptyDirVolumeSource() }],
        },
    };

    [Fact]
    public void Yaml_uses_kubernetes_names_order_and_quotes_strings_that_look_like_other_types()
    {
        var yaml = ManifestWriter.ToYaml(SamplePod());

        yaml.Should().Be("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              creationTimestamp: "2025-01-01T00:00:00Z"
              labels:
                app: web
                tier: front
            spec:
              volumes:
              - name: scratch
                emptyDir: {}
              containers:
              - name: app
                image: nginx:1.25
                args:
                - --port
                - "8080"
                - "true"
                - ""
                env:
                - name: MODE
                  value: "yes"
                resources:
                  limits:
                    cpu: 500m

            """.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Json_lists_of_integers_are_numbers_one_per_line()
    {
        var json = ManifestWriter.ToJson(new PodSecurityContext { SupplementalGroups = [3000, 2000] });

        json.Should().Be("""
            {
                "supplementalGroups": [
                    3000,
                    2000
                ]
            }
            """.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Json_is_indented_like_kubectl_and_omits_unset_fields()
    {
        var json = ManifestWriter.ToJson(new ConfigMap
        {
            ApiVersion = "v1",
            Kind = "ConfigMap",
            Metadata = new ObjectMeta { Name = "cm" },
            Data = new Dictionary<string, string> { ["k"] = "v <x>" },
        });

        json.Should().Be("""
            {
                "apiVersion": "v1",
                "kind": "ConfigMap",
                "metadata": {
                    "name": "cm"
                },
                "data": {
                    "k": "v <x>"
                }
            }
            """.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Written_yaml_reads_back_to_the_same_object()
    {
        var pod = SamplePod();

        var reloaded = new ManifestLoader().LoadString(ManifestWriter.ToYaml(pod)).OfType<Pod>().Single();

        ManifestWriter.ToJson(reloaded).Should().Be(ManifestWriter.ToJson(pod));
        reloaded.Spec!.Containers[0].Args.Should().Equal("--port", "8080", "true", "");
    }

    [Fact]
    public void Several_objects_become_a_multi_document_stream()
    {
        var yaml = ManifestWriter.ToYaml([
            new ConfigMap { ApiVersion = "v1", Kind = "ConfigMap", Metadata = new ObjectMeta { Name = "a" } },
            new ConfigMap { ApiVersion = "v1", Kind = "ConfigMap", Metadata = new ObjectMeta { Name = "b" } },
        ]);

        yaml.Should().Be("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n");
    }
}
