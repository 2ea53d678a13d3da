using System.Text;
using PodSim.Manifests;
using PodSim.Model;

namespace PodSim.Tests.Manifests;

public class ManifestLoaderTests
{
    private static readonly ManifestLoader Loader = new();

    private const string WebPod = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          labels:
            app: web
        spec:
          containers:
          - name: app
            image: nginx:1.25
            ports:
            - containerPort: 80
            resources:
              limits:
                cpu: 0.5
                memory: 128Mi
        """;

    [Fact]
    public void Pod_is_read_into_typed_records()
    {
        var result = Loader.LoadString(WebPod, "pod.yaml");

        result.Diagnostics.Should().BeEmpty();
        var pod = result.OfType<Pod>().Should().ContainSingle().Subject;
        pod.Metadata.Name.Should().Be("web");
        pod.Metadata.Labels.Should().Equal(new Dictionary<string, string> { ["app"] = "web" });
        var container = pod.Spec!.Containers.Should().ContainSingle().Subject;
        container.Image.Should().Be("nginx:1.25");
        container.Ports[0].Port.Should().Be(80);
        container.Resources!.Limits["cpu"].Should().Be(Quantity.Parse("500m"));
        container.Resources.Limits["memory"].ToString().Should().Be("128Mi");
    }

    [Fact]
    public void Loaded_object_remembers_its_source()
    {
        var result = Loader.LoadString("---\n" + WebPod, "pod.yaml");

        var loaded = result.Objects.Should().ContainSingle().Subject;
        loaded.Location.Should().Be(new SourceLocation("pod.yaml", 2, 1));
        loaded.DocumentIndex.Should().Be(0);
        loaded.Reference.Should().Be("Pod/web");
        loaded.LocateField("spec.containers[0].ports[0].containerPort").Should().Be(new SourceLocation("pod.yaml", 13, 22));
        loaded.LocateField("spec.containers[0].livenessProbe.periodSeconds").Line.Should().Be(10, "an absent field is located at its nearest present parent");
    }

    [Fact]
    public void Unknown_field_is_a_warning_naming_path_and_place()
    {
        var yaml = WebPod.Replace("    image: nginx:1.25", "    image: nginx:1.25\n    imagePullPolicyy: Always");

        var result = Loader.LoadString(yaml, "pod.yaml");

        result.HasErrors.Should().BeFalse();
        result.Objects.Should().ContainSingle();
        result.Warnings.Should().ContainSingle().Which.ToString()
            .Should().Be("pod.yaml:11:5: Pod/web: spec.containers[0].imagePullPolicyy: unknown field");
    }

    [Theory]
    [InlineData("    image: 42", "pod.yaml:10:12: Pod/web: spec.containers[0].image: invalid type: got \"integer\", expected \"string\"")]
    [InlineData("    image: true", "pod.yaml:10:12: Pod/web: spec.containers[0].image: invalid type: got \"boolean\", expected \"string\"")]
    [InlineData("    image: [a]", "pod.yaml:10:12: Pod/web: spec.containers[0].image: invalid type: got \"array\", expected \"string\"")]
    [InlineData("    image: nginx\n    tty: \"yes\"", "pod.yaml:11:10: Pod/web: spec.containers[0].tty: invalid type: got \"string\", expected \"boolean\"")]
    [InlineData("    image: nginx\n    stdin: 1", "pod.yaml:11:12: Pod/web: spec.containers[0].stdin: invalid type: got \"integer\", expected \"boolean\"")]
    public void Value_of_the_wrong_type_is_an_error_with_line_and_column(string imageLine, string expected)
    {
        var yaml = WebPod.Replace("    image: nginx:1.25", imageLine);

        var result = Loader.LoadString(yaml, "pod.yaml");

        result.Errors.Should().ContainSingle().Which.ToString().Should().Be(expected);
        result.Objects.Should().BeEmpty("an object that cannot be decoded is not used");
    }

    [Fact]
    public void Integer_overflow_is_an_error()
    {
        var yaml = WebPod.Replace("containerPort: 80", "containerPort: 4294967296");

        var result = Loader.LoadString(yaml, "pod.yaml");

        result.Errors.Should().ContainSingle().Which.ToString()
            .Should().Be("pod.yaml:12:22: Pod/web: spec.containers[0].ports[0].containerPort: invalid value: 4294967296 overflows an integer (int32)");
    }

    [Fact]
    public void Invalid_quantity_gives_the_upstream_message()
    {
        var yaml = WebPod.Replace("memory: 128Mi", "memory: 128MB");

        var result = Loader.LoadString(yaml, "pod.yaml");

        result.Errors.Should().ContainSingle().Which.ToString()
            .Should().Be("pod.yaml:16:17: Pod/web: spec.containers[0].resources.limits[memory]: invalid value: \"128MB\": quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
    }

    [Fact]
    public void Yaml_octal_integers_are_read_as_kubernetes_reads_them()
    {
        var yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c, image: i}]\n  volumes:\n  - name: v\n    configMap: {name: cm, defaultMode: 0644}\n";

        var pod = Loader.LoadString(yaml).OfType<Pod>().Single();

        pod.Spec!.Volumes[0].ConfigMap!.DefaultMode.Should().Be(420);
    }

    [Fact]
    public void Multi_document_files_keep_document_order_and_index()
    {
        var yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\n" + WebPod + "\n---\napiVersion: v1\nkind: Secret\nmetadata: {name: s}\n";

        var result = Loader.LoadString(yaml, "all.yaml");

        result.Objects.Select(o => o.Reference).Should().Equal("ConfigMap/a", "Pod/web", "Secret/s");
        result.Objects.Select(o => o.DocumentIndex).Should().Equal(0, 1, 2);
    }

    [Fact]
    public void Kind_list_yields_its_items()
    {
        var yaml = "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: a}\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: b}\n";

        var result = Loader.LoadString(yaml);

        result.Objects.Select(o => o.Reference).Should().Equal("ConfigMap/a", "ConfigMap/b");
        result.Objects[1].Location.Line.Should().Be(7);
    }

    [Fact]
    public void Json_manifest_is_read()
    {
        var json = """
            {
              "apiVersion": "v1",
              "kind": "Pod",
              "metadata": {"name": "j"},
              "spec": {"containers": [{"name": "c", "image": "busybox", "command": ["sleep", "3600"]}]}
            }
            """;

        var result = Loader.LoadString(json, "pod.json");

        result.Diagnostics.Should().BeEmpty();
        result.OfType<Pod>().Single().Spec!.Containers[0].Command.Should().Equal("sleep", "3600");
    }

    [Fact]
    public void Unknown_kind_is_skipped_with_a_warning()
    {
        var result = Loader.LoadString("apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: data}\n", "pvc.yaml");

        result.Objects.Should().BeEmpty();
        result.HasErrors.Should().BeFalse();
        result.Warnings.Should().ContainSingle().Which.ToString()
            .Should().Be("pvc.yaml:1:1: PersistentVolumeClaim/data: kind \"PersistentVolumeClaim\" (v1) is not simulated; skipped");
    }

    [Fact]
    public void Known_kind_in_a_removed_version_is_an_error()
    {
        var result = Loader.LoadString("apiVersion: batch/v1beta1\nkind: CronJob\nmetadata: {name: hello}\n", "cronjob.yaml");

        result.Errors.Should().ContainSingle().Which.ToString()
            .Should().Be("cronjob.yaml:1:1: CronJob/hello: no matches for kind \"CronJob\" in version \"batch/v1beta1\"");
    }

    [Theory]
    [InlineData("kind: Pod\nmetadata: {name: p}\n", "x.yaml:1:1: Pod/p: apiVersion not set")]
    [InlineData("apiVersion: v1\nmetadata: {name: p}\n", "x.yaml:1:1: <unknown>/p: kind not set")]
    [InlineData("metadata: {name: p}\n", "x.yaml:1:1: <unknown>/p: apiVersion not set, kind not set")]
    [InlineData("- a\n- b\n", "x.yaml:1:1: document 0 is not an object (got array)")]
    public void Documents_that_are_not_objects_are_errors(string yaml, string expected)
    {
        var result = Loader.LoadString(yaml, "x.yaml");

        result.Errors.Should().ContainSingle().Which.ToString().Should().Be(expected);
    }

    [Fact]
    public void Missing_file_is_an_error_not_an_exception()
    {
        var result = Loader.LoadFiles("does-not-exist.yaml");

        result.Errors.Should().ContainSingle().Which.ToString().Should().Be("the path \"does-not-exist.yaml\" does not exist");
    }

    [Fact]
    public void Directory_is_read_in_name_order()
    {
        var dir = Directory.CreateTempSubdirectory("podsim-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "b.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\n");
            File.WriteAllText(Path.Combine(dir.FullName, "a.yml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n");
            File.WriteAllText(Path.Combine(dir.FullName, "notes.txt"), "not a manifest");

            var result = Loader.LoadFiles(dir.FullName);

            result.Objects.Select(o => o.Reference).Should().Equal("ConfigMap/a", "ConfigMap/b");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Stream_over_the_input_limit_is_refused()
    {
        var loader = new ManifestLoader(new ManifestLoadOptions { MaxInputSize = 100 });
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(new string('#', 200)));

        var result = loader.LoadStream(stream, "<stdin>");

        result.Errors.Should().ContainSingle().Which.ToString().Should().Be("<stdin>:1:1: input is larger than the limit of 100 bytes; refusing it");
    }

    [Fact]
    public void Null_values_leave_fields_unset()
    {
        var result = Loader.LoadString("apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels:\nspec:\n  nodeName: null\n  containers: [{name: c, image: i}]\n");

        result.Diagnostics.Should().BeEmpty();
        var pod = result.OfType<Pod>().Single();
        pod.Spec!.NodeName.Should().BeNull();
        pod.Metadata.Labels.Should().BeEmpty();
    }
}
