using PodSim.Manifests;
using PodSim.Model;

namespace PodSim.Tests.Manifests;

/// <summary>Regression tests for problems found in review of the manifest layer.</summary>
public class ReviewRegressionTests
{
    private static readonly ManifestLoader Loader = new();

    private static ManifestLoadResult LoadConfigMap(string dataYaml) =>
        Loader.LoadString("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm}\n" + dataYaml, "cm.yaml");

    [Theory]
    [InlineData("99999999999999999999999999999999s")]
    [InlineData("10000000000000000000h")]
    public void Huge_duration_is_an_error_not_an_exception(string text)
    {
        GoDuration.TryParse(text, out _, out var error).Should().BeFalse();
        error.Should().Be("time: invalid duration \"" + text + "\"");
    }

    [Fact]
    public void Formatting_the_smallest_duration_does_not_overflow() =>
        GoDuration.Format(TimeSpan.MinValue).Should().StartWith("-").And.NotBe("-0ns");

    [Fact]
    public void Quoted_merge_key_is_an_ordinary_key_and_round_trips()
    {
        var result = LoadConfigMap("data:\n  \"<<\": x\n");

        result.Diagnostics.Should().BeEmpty();
        var cm = result.OfType<ConfigMap>().Single();
        cm.Data["<<"].Should().Be("x");
        var reloaded = Loader.LoadString(ManifestWriter.ToYaml(cm)).OfType<ConfigMap>().Single();
        reloaded.Data["<<"].Should().Be("x");
    }

    [Theory]
    [InlineData("a\r\nb")]
    [InlineData("a\rb")]
    [InlineData("a\u0085b")]
    [InlineData("\r")]
    [InlineData("\t")]
    [InlineData("x\t")]
    [InlineData("\n")]
    [InlineData("line \nnext")]
    [InlineData("  leading")]
    [InlineData("trailing ")]
    public void Awkward_strings_survive_write_and_read(string value)
    {
        var cm = new ConfigMap { ApiVersion = "v1", Kind = "ConfigMap", Metadata = new ObjectMeta { Name = "cm" }, Data = new Dictionary<string, string> { ["k"] = value } };

        var reloaded = Loader.LoadString(ManifestWriter.ToYaml(cm)).OfType<ConfigMap>().Single();

        reloaded.Data["k"].Should().Be(value);
    }

    [Fact]
    public void Str_tag_makes_a_number_a_string()
    {
        var result = LoadConfigMap("data: {a: !!str 5}\n");

        result.Diagnostics.Should().BeEmpty();
        result.OfType<ConfigMap>().Single().Data["a"].Should().Be("5");
    }

    [Fact]
    public void Int_tag_makes_a_quoted_number_an_integer()
    {
        var result = LoadConfigMap("data: {a: !!int \"5\"}\n");

        result.Errors.Should().ContainSingle().Which.Message.Should().Be("invalid type: got \"integer\", expected \"string\"");
    }

    [Fact]
    public void Int_or_string_accepts_yaml_integers()
    {
        var result = Loader.LoadString("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n    image: i\n    livenessProbe:\n      httpGet: {port: 0x50}\n");

        result.Diagnostics.Should().BeEmpty();
        result.OfType<Pod>().Single().Spec!.Containers[0].LivenessProbe!.HttpGet!.Port.Should().Be(IntOrString.FromInt(80));
    }

    [Theory]
    [InlineData("2025-01-01T00:00:00", false)]
    [InlineData("2025-01-01", false)]
    [InlineData("Jan 1 2025 10:00", false)]
    [InlineData("2025-01-01T00:00:00Z", true)]
    [InlineData("2025-01-01T02:00:00+02:00", true)]
    [InlineData("2025-01-01T00:00:00.5Z", true)]
    public void Times_must_be_rfc3339(string text, bool valid)
    {
        var result = Loader.LoadString($"apiVersion: v1\nkind: ConfigMap\nmetadata: {{name: cm, creationTimestamp: \"{text}\"}}\n");

        result.HasErrors.Should().Be(!valid);
        if (valid)
        {
            result.OfType<ConfigMap>().Single().Metadata.CreationTimestamp!.Value.UtcDateTime.Date.Should().Be(new DateTime(2025, 1, 1));
        }
    }

    [Fact]
    public void Null_string_list_items_become_empty_strings()
    {
        var result = Loader.LoadString("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - {name: c, image: i, args: [a, ~, b]}\n");

        result.Diagnostics.Should().BeEmpty();
        result.OfType<Pod>().Single().Spec!.Containers[0].Args.Should().Equal("a", "", "b");
    }

    [Fact]
    public void Null_object_list_items_are_reported()
    {
        var result = Loader.LoadString("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - {name: c, image: i}\n  - ~\n", "p.yaml");

        result.Warnings.Should().ContainSingle().Which.ToString().Should().Be("p.yaml:7:5: Pod/p: spec.containers[1]: null item ignored");
    }
}
