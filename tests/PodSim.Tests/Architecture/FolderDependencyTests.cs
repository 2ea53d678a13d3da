using PodSim.Tests.Support;

namespace PodSim.Tests.Architecture;

/// <summary>
/// The folders of src/PodSim as layers: the model stands alone, and the folders that use each other are a known list
/// that may only shrink (a new cycle fails, and so does a removed one until the list says so).
/// </summary>
public class FolderDependencyTests
{
    /// <summary>Folder pairs that use each other today: known cycles to remove. Keep sorted, as FolderGraph.Pair writes them.</summary>
    private static readonly string[] KnownCycles =
    [
        "Controllers <-> Engine", // the controller runtime runs on the engine's agenda; the Simulation hosts the controllers
        "Engine <-> Kubelet", // the pod worker uses the engine's clock types; the Simulation creates the kubelet nodes
        "Engine <-> Scheduling", // KubeScheduler holds the Simulation; the Simulation creates the scheduler
    ];

    private static readonly Lazy<FolderGraph> Library = new(() =>
        FolderDependencyScanner.ScanDirectory(Path.Combine(SharedPaths.RepositoryRoot, "src", "PodSim")));

    [Fact]
    public void The_model_uses_no_other_folder_of_the_library()
    {
        var graph = Library.Value;

        graph.UsedBy("Model").Should().BeEmpty(
            "PodSim.Model may use only itself and the BCL; found {0}",
            string.Join("; ", graph.UsedBy("Model").Select(to => graph.Evidence("Model", to))));
    }

    [Fact]
    public void Folders_that_use_each_other_are_exactly_the_known_cycles()
    {
        var graph = Library.Value;
        var found = graph.MutualPairs();

        var added = found.Except(KnownCycles, StringComparer.Ordinal).ToList();
        var removed = KnownCycles.Except(found, StringComparer.Ordinal).ToList();

        added.Should().BeEmpty(
            "no new pair of folders may use each other; new: {0}",
            string.Join(" | ", added.Select(pair => Explain(graph, pair))));
        removed.Should().BeEmpty("a cycle that is gone must be taken off KnownCycles: {0}", string.Join(", ", removed));
    }

    [Fact]
    public void The_scan_reads_every_source_file_and_sees_the_dependencies_everyone_knows()
    {
        var root = Path.Combine(SharedPaths.RepositoryRoot, "src", "PodSim");
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Count(f => !Path.GetRelativePath(root, f).Replace('\\', '/').StartsWith("obj/", StringComparison.Ordinal)
                && !Path.GetRelativePath(root, f).Replace('\\', '/').StartsWith("bin/", StringComparison.Ordinal));
        var graph = Library.Value;

        graph.FileCount.Should().Be(files).And.BeGreaterThan(300);
        graph.FoldersSeen.Should().BeEquivalentTo(FolderDependencyScanner.Folders);
        graph.UsedBy("Engine").Should().Contain(["Model", "Kubelet", "Manifests"]);
        graph.UsedBy("Validation").Should().Contain("Model");
    }

    [Fact]
    public void Known_cycles_are_sorted_pairs_of_real_folders()
    {
        foreach (var pair in KnownCycles)
        {
            var parts = pair.Split(" <-> ");
            parts.Should().HaveCount(2, pair);
            FolderDependencyScanner.Folders.Should().Contain(parts, pair);
            FolderGraph.Pair(parts[0], parts[1]).Should().Be(pair);
        }

        KnownCycles.Should().BeInAscendingOrder(StringComparer.Ordinal).And.OnlyHaveUniqueItems();
    }

    private static string Explain(FolderGraph graph, string pair)
    {
        var parts = pair.Split(" <-> ");
        return pair + " (" + graph.Evidence(parts[0], parts[1]) + "; " + graph.Evidence(parts[1], parts[0]) + ")";
    }
}
