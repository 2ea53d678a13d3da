using System.Diagnostics;
using System.Text;
using PodSim.Manifests;

namespace PodSim.Tests.Manifests;

public class YamlDocumentReaderTests
{
    private static (List<ParsedDocument> Documents, List<ManifestDiagnostic> Diagnostics) Read(string text, ManifestLoadOptions? options = null)
    {
        var diagnostics = new List<ManifestDiagnostic>();
        var documents = YamlDocumentReader.Read(text, "test.yaml", options ?? ManifestLoadOptions.Default, diagnostics);
        return (documents, diagnostics);
    }

    [Fact]
    public void Multi_document_stream_yields_each_document_with_its_index_and_line()
    {
        var (documents, diagnostics) = Read("a: 1\n---\nb: 2\n---\n---\nc: 3\n");

        diagnostics.Should().BeEmpty();
        documents.Should().HaveCount(4);
        documents[1].Root.Should().BeOfType<ManifestMapping>().Which.Location.Line.Should().Be(3);
        documents[2].Root.Should().BeNull("an empty document has no root");
        documents[3].Index.Should().Be(3);
    }

    [Fact]
    public void Scalars_keep_their_location_and_resolved_kind()
    {
        var (documents, _) = Read("spec:\n  port: 8080\n  name: \"8080\"\n");

        var spec = (ManifestMapping)((ManifestMapping)documents[0].Root!).Entries[0].Value;
        var port = (ManifestScalar)spec.Entries[0].Value;
        var name = (ManifestScalar)spec.Entries[1].Value;
        port.Kind.Should().Be(ScalarKind.Integer);
        port.Location.Should().Be(new SourceLocation("test.yaml", 2, 9));
        name.Kind.Should().Be(ScalarKind.String);
    }

    [Fact]
    public void Malformed_yaml_reports_file_line_and_column()
    {
        var (_, diagnostics) = Read("apiVersion: v1\nkind: Pod\nmetadata:\n  name: \"unterminated\n");

        diagnostics.Should().ContainSingle().Which.Severity.Should().Be(DiagnosticSeverity.Error);
        var d = diagnostics[0];
        d.Location.Should().NotBeNull();
        d.Location!.Value.File.Should().Be("test.yaml");
        d.Location.Value.Line.Should().BeGreaterThanOrEqualTo(4);
        d.ToString().Should().StartWith("test.yaml:").And.Contain("malformed YAML: ");
    }

    [Theory]
    [InlineData("metadata:\n  name: \"\\UFFFFFFFF\"\n")]
    [InlineData("metadata:\n  name: \"a\\U80000000\"\n")]
    public void A_unicode_escape_beyond_the_int_range_is_malformed_yaml_not_an_exception(string yaml)
    {
        var (_, diagnostics) = Read(yaml);

        diagnostics.Should().ContainSingle().Which.ToString().Should()
            .MatchRegex(@"^test\.yaml:2:\d+: malformed YAML: While scanning a quoted scalar, found invalid Unicode character escape code\.$");
    }

    [Theory]
    [InlineData("a: !!map]\n", 4)]
    [InlineData("args: [x, !!map]\n", 11)]
    public void A_tag_that_is_not_a_valid_uri_is_malformed_yaml_not_an_exception(string yaml, int column)
    {
        var (_, diagnostics) = Read(yaml);

        diagnostics.Should().ContainSingle().Which.ToString().Should()
            .Be("test.yaml:1:" + column + ": malformed YAML: While parsing a node, found a tag that is not a valid URI.");
    }

    [Theory]
    [InlineData("metadata: {name: x\n")]
    [InlineData("containers: [{name: app\n")]
    public void Input_ending_inside_a_flow_collection_is_malformed_yaml_not_an_exception(string yaml)
    {
        var (_, diagnostics) = Read(yaml);

        diagnostics.Should().ContainSingle().Which.ToString().Should().MatchRegex(@"^test\.yaml:\d+:\d+: malformed YAML: ");
    }

    [Fact]
    public void Bad_indentation_is_reported_at_its_line()
    {
        var (_, diagnostics) = Read("a:\n  b: 1\n c: 2\n");

        diagnostics.Should().ContainSingle();
        diagnostics[0].Location!.Value.Line.Should().Be(3);
        diagnostics[0].Message.Should().StartWith("malformed YAML: ");
    }

    [Fact]
    public void Unknown_escape_in_double_quoted_scalar_is_malformed_yaml()
    {
        var (_, diagnostics) = Read("command: [\"sh\", \"-c\", \"echo \\'hi\\'\"]\n");

        diagnostics.Should().ContainSingle().Which.ToString().Should().MatchRegex(@"^test\.yaml:1:\d+: malformed YAML: ");
    }

    [Fact]
    public void Duplicate_key_is_an_error_naming_both_lines()
    {
        var (_, diagnostics) = Read("metadata:\n  name: a\n  name: b\n");

        diagnostics.Should().ContainSingle();
        diagnostics[0].ToString().Should().Be("test.yaml:3:3: mapping key \"name\" already defined at line 2");
    }

    [Fact]
    public void Flow_collections_accept_trailing_commas_and_comments()
    {
        var (documents, diagnostics) = Read("---\n{\n  a: [1, 2, # two\n  ],\n  b: \"x\",\n}\n");

        diagnostics.Should().BeEmpty();
        var root = (ManifestMapping)documents[0].Root!;
        root.Entries.Should().HaveCount(2);
        ((ManifestSequence)root.Entries[0].Value).Items.Should().HaveCount(2);
    }

    [Fact]
    public void Json_input_is_read()
    {
        var (documents, diagnostics) = Read("{\n\t\"kind\": \"Pod\",\n\t\"spec\": {\"x\": [1, true, null, \"s\"]}\n}\n");

        diagnostics.Should().BeEmpty();
        var root = (ManifestMapping)documents[0].Root!;
        root.GetString("kind").Should().Be("Pod");
    }

    [Fact]
    public void Anchors_aliases_and_merge_keys_are_resolved()
    {
        var (documents, diagnostics) = Read("base: &b {x: 1, y: 2}\nderived:\n  <<: *b\n  y: 3\ncopy: *b\n");

        diagnostics.Should().BeEmpty();
        var root = (ManifestMapping)documents[0].Root!;
        root.TryGetValue("derived", out var derived).Should().BeTrue();
        var d = (ManifestMapping)derived!;
        ((ManifestScalar)d.Entries.Single(e => e.Key.Value == "y").Value).Value.Should().Be("3");
        ((ManifestScalar)d.Entries.Single(e => e.Key.Value == "x").Value).Value.Should().Be("1");
        root.TryGetValue("copy", out var copy).Should().BeTrue();
        copy.Should().BeOfType<ManifestMapping>();
    }

    [Fact]
    public void Billion_laughs_is_refused_quickly_without_expanding()
    {
        var sb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 1; i < 10; i++)
        {
            var prev = (char)('a' + i - 1);
            var cur = (char)('a' + i);
            sb.Append(cur).Append(": &").Append(cur).Append(" [");
            sb.Append(string.Join(",", Enumerable.Repeat("*" + prev, 9)));
            sb.Append("]\n");
        }

        var stopwatch = Stopwatch.StartNew();
        var (_, diagnostics) = Read(sb.ToString());
        stopwatch.Stop();

        diagnostics.Should().ContainSingle().Which.Message.Should().Contain("expands to more than 2000000 nodes through aliases");
        diagnostics[0].Location!.Value.Line.Should().BeLessThanOrEqualTo(10);
        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1), "hostile input must be refused within a second");
    }

    [Fact]
    public void Oversized_document_is_refused_before_parsing()
    {
        var options = new ManifestLoadOptions { MaxDocumentSize = 1024 };
        var text = "small: 1\n---\nbig: \"" + new string('x', 2000) + "\"\n";

        var (documents, diagnostics) = Read(text, options);

        documents.Should().BeEmpty();
        diagnostics.Should().ContainSingle().Which.ToString().Should().Be("test.yaml:2:1: document 1 is 2012 characters long, over the limit of 1024; refusing it");
    }

    [Fact]
    public void Default_limit_refuses_a_nine_megabyte_document_within_a_second()
    {
        var text = "data:\n  blob: \"" + new string('x', 9 * 1024 * 1024) + "\"\n";

        var stopwatch = Stopwatch.StartNew();
        var (_, diagnostics) = Read(text);
        stopwatch.Stop();

        diagnostics.Should().ContainSingle().Which.Message.Should().Contain("over the limit of 8388608");
        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1), "hostile input must be refused within a second");
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused()
    {
        var text = new string('[', 100) + new string(']', 100);

        var (_, diagnostics) = Read(text);

        diagnostics.Should().ContainSingle().Which.Message.Should().Be("document 0 nests deeper than the limit of 64 levels");
    }

    [Fact]
    public void Non_scalar_mapping_keys_are_refused()
    {
        var (_, diagnostics) = Read("? [a]\n: 1\n");

        diagnostics.Should().ContainSingle().Which.Message.Should().Be("mapping keys must be strings, not arrays");
    }
}
