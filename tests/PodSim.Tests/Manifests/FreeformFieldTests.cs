using PodSim.Manifests;
using PodSim.Model;
using PodSim.Validation;

namespace PodSim.Tests.Manifests;

public class FreeformFieldTests
{
    private const string JobYaml = """
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: j
          managedFields:
          - manager: kubectl
            fieldsV1: &fields
              f:spec:
                f:parallelism: {}
          - manager: other
            fieldsV1: *fields
        spec:
          template:
            spec:
              restartPolicy: Never
              containers:
              - name: a
                image: busybox
        status:
          startTime: "2025-01-01T00:00:00Z"
          values: [1, 1e3, 0x1F, yes, ~, "80", "a\nb"]
          empty: {}
        """;

    private static Job Load(string yaml)
    {
        var result = new ManifestLoader().LoadString(yaml, "job.yaml");
        result.Errors.Should().BeEmpty();
        return result.OfType<Job>().Should().ContainSingle().Subject;
    }

    private static FreeformScalar Scalar(string text, FreeformScalarKind kind) => new(text, kind);

    [Fact]
    public void A_free_form_field_is_read_as_the_models_own_value_with_every_scalar_kind()
    {
        var status = Load(JobYaml).Status.Should().BeOfType<FreeformMapping>().Subject;

        status.GetString("startTime").Should().Be("2025-01-01T00:00:00Z");
        status.TryGetValue("values", out var values).Should().BeTrue();
        values.Should().BeOfType<FreeformSequence>().Which.Items.Cast<FreeformScalar>().Select(s => (s.Text, s.Kind)).Should().Equal(
            ("1", FreeformScalarKind.Integer),
            ("1e3", FreeformScalarKind.Float),
            ("0x1F", FreeformScalarKind.Integer),
            ("yes", FreeformScalarKind.Boolean),
            ("~", FreeformScalarKind.Null),
            ("80", FreeformScalarKind.String),
            ("a\nb", FreeformScalarKind.String));
    }

    [Fact]
    public void An_alias_in_a_free_form_field_shares_the_anchored_value()
    {
        var managed = Load(JobYaml).Metadata.ManagedFields.Cast<FreeformMapping>().ToList();

        managed[0].TryGetValue("fieldsV1", out var first).Should().BeTrue();
        managed[1].TryGetValue("fieldsV1", out var second).Should().BeTrue();
        second.Should().BeSameAs(first);
    }

    [Fact]
    public void Free_form_fields_are_written_back_as_they_were_read()
    {
        ManifestWriter.ToYaml(Load(JobYaml)).Should().Be("""
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: j
              managedFields:
              - manager: kubectl
                fieldsV1:
                  f:spec:
                    f:parallelism: {}
              - manager: other
                fieldsV1:
                  f:spec:
                    f:parallelism: {}
            spec:
              template:
                spec:
                  containers:
                  - name: a
                    image: busybox
                  restartPolicy: Never
            status:
              startTime: "2025-01-01T00:00:00Z"
              values:
              - 1
              - 1e3
              - 0x1F
              - yes
              - ~
              - "80"
              - |-
                a
                b
              empty: {}

            """);
    }

    [Fact]
    public void A_free_form_key_written_as_a_number_is_written_back_as_the_string_it_is()
    {
        // The API decodes a YAML key 80 as the JSON key "80", and kubectl prints it quoted; so does PodSim's model.
        var job = Load(JobYaml.Replace("  empty: {}", "  80: port\n  true: flag", StringComparison.Ordinal));

        var yaml = ManifestWriter.ToYaml(job);
        var json = ManifestWriter.ToJson(job);

        yaml.Should().Contain("\n  \"80\": port\n  \"true\": flag\n");
        json.Should().Contain("\"80\": \"port\"").And.Contain("\"true\": \"flag\"");
    }

    [Fact]
    public void A_free_form_value_built_in_code_is_written_with_its_kinds()
    {
        var job = new Job
        {
            ApiVersion = "batch/v1",
            Kind = "Job",
            Metadata = new ObjectMeta { Name = "j" },
            Status = new FreeformMapping(
            [
                KeyValuePair.Create<string, FreeformValue>("active", Scalar("2", FreeformScalarKind.Integer)),
                KeyValuePair.Create<string, FreeformValue>("ready", Scalar("true", FreeformScalarKind.Boolean)),
                KeyValuePair.Create<string, FreeformValue>("note", Scalar("true", FreeformScalarKind.String)),
                KeyValuePair.Create<string, FreeformValue>("gone", Scalar("null", FreeformScalarKind.Null)),
                KeyValuePair.Create<string, FreeformValue>("list", new FreeformSequence([Scalar("a", FreeformScalarKind.String)])),
            ]),
        };

        ManifestWriter.ToJson(job).Should().Contain("""
                "status": {
                    "active": 2,
                    "ready": true,
                    "note": "true",
                    "gone": null,
                    "list": [
                        "a"
                    ]
                }
            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Free_form_values_are_semantically_equal_when_their_content_is()
    {
        var a = Load(JobYaml).Status;
        var b = Load(JobYaml).Status;
        var c = Load(JobYaml.Replace("startTime: \"2025-01-01", "startTime: \"2025-01-02", StringComparison.Ordinal)).Status;

        b.Should().NotBeSameAs(a);
        ModelDiff.AreEqual(a, b).Should().BeTrue();
        ModelDiff.AreEqual(a, c).Should().BeFalse();
        ModelDiff.Lines(a, c, FieldPath.New("status")).Should().Equal(
            "- status: " + ValueJson.Of(a),
            "+ status: " + ValueJson.Of(c));
    }

    [Fact]
    public void A_field_error_prints_a_free_form_value_as_compact_json()
    {
        var value = new FreeformMapping([KeyValuePair.Create<string, FreeformValue>("a<b", new FreeformSequence([Scalar("1", FreeformScalarKind.Integer), Scalar("~", FreeformScalarKind.Null)]))]);

        FieldError.FormatValue(value).Should().Be("{\"a\\u003cb\":[1,null]}");
    }
}
