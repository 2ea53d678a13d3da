using PodSim.Defaulting;
using PodSim.Manifests;
using PodSim.Validation;
using PodSim.Tests.Support;

namespace PodSim.Tests.Manifests;

/// <summary>
/// Every manifest of ../shared/corpus (real examples from the Kubernetes website) must load; the tests report
/// themselves skipped when a clone has no ../shared beside it.
/// </summary>
public class CorpusTests
{
    public static TheoryData<string, bool> CorpusFiles()
    {
        var data = new TheoryData<string, bool>();
        var corpus = SharedPaths.Corpus;
        if (corpus is null)
        {
            data.Add("(no ../shared/corpus in this clone)", false);
            return data;
        }

        foreach (var line in File.ReadAllLines(Path.Combine(corpus, "INDEX.tsv")).Skip(1))
        {
            var columns = line.Split('\t');
            if (columns.Length >= 4)
            {
                data.Add(columns[0], columns[3] == "yes");
            }
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(CorpusFiles))]
    public void Corpus_manifest_loads_and_expected_valid_ones_have_no_load_errors(string path, bool expectedValid)
    {
        var corpus = SharedPaths.Corpus;
        Skip.If(corpus is null, "../shared/corpus is not beside this clone");

        var result = new ManifestLoader().LoadFiles(Path.Combine(corpus, path));

        if (expectedValid)
        {
            result.Errors.Should().BeEmpty();
            result.Warnings.Where(w => !w.Message.Contains("is not simulated")).Should().BeEmpty("only kinds PodSim does not simulate may be skipped");
            result.Objects.Should().NotBeEmpty();
        }
        else
        {
            // Known-bad files: a clear diagnostic or a clean load, never an exception.
            (result.HasErrors || result.Objects.Count > 0).Should().BeTrue();
        }
    }

    [SkippableTheory]
    [MemberData(nameof(CorpusFiles))]
    public void Corpus_objects_written_back_keep_every_known_field(string path, bool expectedValid)
    {
        var corpus = SharedPaths.Corpus;
        Skip.If(corpus is null, "../shared/corpus is not beside this clone");
        Skip.IfNot(expectedValid, "known-bad file");

        var loader = new ManifestLoader();
        foreach (var loaded in loader.LoadFiles(Path.Combine(corpus, path)).Objects)
        {
            var written = ManifestWriter.ToNode(loaded.Object);
            NodePaths.Leaves(written).Should().BeEquivalentTo(NodePaths.Leaves(loaded.Node), "writing {0} must keep every field", loaded.Reference);

            var yaml = ManifestWriter.ToYaml(loaded.Object);
            var reloaded = loader.LoadString(yaml, "roundtrip.yaml");
            reloaded.Diagnostics.Should().BeEmpty(yaml);
            ManifestWriter.ToJson(reloaded.Objects.Should().ContainSingle().Subject.Object).Should().Be(ManifestWriter.ToJson(loaded.Object));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(CorpusFiles))]
    public void Corpus_objects_marked_expected_valid_pass_defaulting_and_validation(string path, bool expectedValid)
    {
        var corpus = SharedPaths.Corpus;
        Skip.If(corpus is null, "../shared/corpus is not beside this clone");

        var result = new ManifestLoader().LoadFiles(Path.Combine(corpus, path));
        var errors = new List<string>();
        foreach (var loaded in result.Objects)
        {
            foreach (var error in ObjectValidator.Validate(ApiDefaults.Apply(loaded.Object)))
            {
                errors.Add(loaded.Reference + ": " + error);
            }
        }

        if (expectedValid)
        {
            errors.Should().BeEmpty();
        }
        else
        {
            // Known-bad files (malformed, removed API version, alpha features) must be refused with a clear message.
            (result.HasErrors || errors.Count > 0).Should().BeTrue("{0} is known to be invalid", path);
        }
    }
}
