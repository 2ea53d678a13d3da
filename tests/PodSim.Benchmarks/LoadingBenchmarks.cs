using BenchmarkDotNet.Attributes;
using PodSim.Manifests;

namespace PodSim.Benchmarks;

/// <summary>(e) Loading every manifest of the corpus (../shared/corpus beside the repository), when present.</summary>
[MemoryDiagnoser]
public class LoadingBenchmarks
{
    private string[] _files = [];

    [GlobalSetup]
    public void Setup() => _files = Corpus.Files();

    [Benchmark]
    public int LoadCorpus()
    {
        var loader = new ManifestLoader();
        var objects = 0;
        foreach (var file in _files)
        {
            objects += loader.LoadFiles(file).Objects.Count;
        }

        return objects;
    }
}

/// <summary>Finds the corpus of real manifests beside the repository.</summary>
public static class Corpus
{
    /// <summary>Gets the corpus's YAML files in ordinal order, or none when this clone has no ../shared.</summary>
    public static string[] Files()
    {
        var corpus = Root();
        if (corpus is null)
        {
            return [];
        }

        var files = Directory.GetFiles(corpus, "*.yaml", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    /// <summary>Gets the corpus folder, or null when this clone has no ../shared beside it.</summary>
    public static string? Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PodSim.sln")))
        {
            dir = dir.Parent;
        }

        var corpus = dir is null ? null : Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus"));
        return corpus is not null && Directory.Exists(corpus) ? corpus : null;
    }
}
