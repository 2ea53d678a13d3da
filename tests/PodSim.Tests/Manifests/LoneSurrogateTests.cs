using PodSim.Manifests;
using PodSim.Model;

namespace PodSim.Tests.Manifests;

/// <summary>
/// A lone UTF-16 surrogate is no character and UTF-8 cannot hold it: the loader refuses one wherever it appears, with
/// the place, and the writers escape one given by code as <c>\uXXXX</c>, the same way in YAML and JSON.
/// </summary>
public class LoneSurrogateTests
{
    private const string Hint = "is a lone UTF-16 surrogate, not a character; give the character itself or both halves of a surrogate pair";

    private static readonly ManifestLoader Loader = new();

    public static TheoryData<string, string, string> RefusedInputs => new()
    {
        { "escaped high surrogate", Labels("\"x\\ud800y\""), $"pod.yaml:7:10: metadata.labels.a: invalid string: \\uD800 {Hint}" },
        { "escaped low surrogate", Labels("\"x\\uDC00\""), $"pod.yaml:7:10: metadata.labels.a: invalid string: \\uDC00 {Hint}" },
        { "eight-digit escape of a surrogate", Labels("\"x\\U0000d800\""), $"pod.yaml:7:10: metadata.labels.a: invalid string: \\uD800 {Hint}" },
        { "high surrogate escape followed by another escape", Labels("\"x\\ud800\\u0041\""), $"pod.yaml:7:10: metadata.labels.a: invalid string: \\uD800 {Hint}" },
        { "lone escape after a valid pair", Labels("\"\\ud83d\\ude00 \\ud800\""), $"pod.yaml:7:22: metadata.labels.a: invalid string: \\uD800 {Hint}" },
        { "raw high surrogate in a plain scalar", Labels("x<D800>y"), $"pod.yaml:7:8: metadata.labels.a: invalid string: \\uD800 {Hint}" },
        { "raw low surrogate in a single-quoted scalar", Labels("'x<DC00>'"), $"pod.yaml:7:8: metadata.labels.a: invalid string: \\uDC00 {Hint}" },
        {
            "escaped surrogate in a mapping key", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels:\n    \"k\\ud800\": v\n",
            $"pod.yaml:6:7: metadata.labels: invalid string: \\uD800 {Hint}"
        },
        {
            "escaped surrogate in a list item", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: nginx\n    args: [\"ok\", \"\\udfff\"]\n",
            $"pod.yaml:9:19: spec.containers[0].args[1]: invalid string: \\uDFFF {Hint}"
        },
        {
            "JSON on one line", "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"p\",\"labels\":{\"a\":\"x\\ud800\"}}}",
            $"pod.yaml:1:72: metadata.labels.a: invalid string: \\uD800 {Hint}"
        },
    };

    [Theory]
    [MemberData(nameof(RefusedInputs))]
    public void Loader_refuses_a_lone_surrogate_with_its_place(string description, string text, string expected)
    {
        // Test data cannot carry a raw lone surrogate through xUnit's serialization, so markers stand for them.
        text = text.Replace("<D800>", "\ud800", StringComparison.Ordinal).Replace("<DC00>", "\udc00", StringComparison.Ordinal);
        var result = Loader.LoadString(text, "pod.yaml");

        result.Objects.Should().BeEmpty(description);
        result.Diagnostics.Select(d => d.ToString()).Should().Equal([expected], description);
    }

    [Fact]
    public void Loader_keeps_an_escaped_surrogate_pair_as_its_character()
    {
        var result = Loader.LoadString(Labels("\"\\ud83d\\ude00\""), "pod.yaml");

        result.Diagnostics.Should().BeEmpty();
        result.OfType<Pod>().Single().Metadata.Labels["a"].Should().Be("\U0001F600");
    }

    [Fact]
    public void Writers_escape_lone_surrogates_alike_in_yaml_and_json()
    {
        var pod = new Pod
        {
            ApiVersion = "v1",
            Kind = "Pod",
            Metadata = new ObjectMeta { Name = "p", Labels = new Dictionary<string, string> { ["k\ud800"] = "v\udc00w" } },
            Spec = new PodSpec { Containers = [new Container { Name = "c", Image = "x\ud800", Args = ["\U0001F600\udbff\"", "plain"] }] },
        };

        var yaml = ManifestWriter.ToYaml(pod);
        var json = ManifestWriter.ToJson(pod);

        yaml.Should().Contain("    \"k\\uD800\": \"v\\uDC00w\"\n").And.Contain("    image: \"x\\uD800\"\n").And.Contain("    - \"\U0001F600\\uDBFF\\\"\"\n").And.Contain("    - plain\n");
        json.Should().Contain("\"k\\uD800\": \"v\\uDC00w\"").And.Contain("\"image\": \"x\\uD800\"").And.Contain("\"\\uD83D\\uDE00\\uDBFF\\\"\",");
        json.Should().NotContain("\uFFFD");
    }

    [Fact]
    public void Written_lone_surrogate_is_refused_when_read_back()
    {
        var pod = new Pod { ApiVersion = "v1", Kind = "Pod", Metadata = new ObjectMeta { Name = "p", Annotations = new Dictionary<string, string> { ["note"] = "\ud800" } } };

        foreach (var text in new[] { ManifestWriter.ToYaml(pod), ManifestWriter.ToJson(pod) })
        {
            Loader.LoadString(text, "out").Diagnostics.Should().ContainSingle()
                .Which.ToString().Should().MatchRegex(@"^out:\d+:\d+: metadata\.annotations\.note: invalid string: \\uD800 ");
        }
    }

    [Fact]
    public void Writers_leave_text_like_their_placeholders_alone()
    {
        var pod = new Pod
        {
            ApiVersion = "v1",
            Kind = "Pod",
            Metadata = new ObjectMeta { Name = "p", Labels = new Dictionary<string, string> { ["a"] = "\ud800", ["b"] = "podsimLoneSurrogate0x" } },
        };

        ManifestWriter.ToYaml(pod).Should().Contain("    a: \"\\uD800\"\n    b: podsimLoneSurrogate0x\n");
        ManifestWriter.ToJson(pod).Should().Contain("\"a\": \"\\uD800\",\n            \"b\": \"podsimLoneSurrogate0x\"");
    }

    private static string Labels(string value) =>
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels:\n    z: \"ok\"\n    a: " + value + "\n    b: c\n";
}
