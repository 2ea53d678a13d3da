using PodSim.Tests.Support;

namespace PodSim.Tests.Architecture;

/// <summary>
/// The folders of src/PodSim as layers: the model stands alone, no two folders use each other (the known-cycle list
/// is empty; a new cycle fails), and the facade at the root (namespace PodSim: Simulation and its observations) uses
/// the folders while no folder uses it.
/// </summary>
public class FolderDependencyTests
{
    /// <summary>Folder pairs that use each other today: known cycles to remove. Keep sorted, as FolderGraph.Pair writes them.</summary>
    private static readonly string[] KnownCycles = [];

    /// <summary>The facade's types, at the root of the library: visible from every folder's namespace without a using.</summary>
    private static readonly string[] FacadeTypes =
    [
        "Broadcast", "ClusterSnapshot", "ContainerStateKind", "ContainerStateValue", "EventRecorder", "FieldKey", "FieldKind",
        "ManifestValidation", "ManifestValidationResult", "ObjectKey", "RecordedEvent", "Rejection", "Simulation",
        "SimulationInputException", "SimulationLog", "SimulationTimeoutException", "Transition", "ValidatedObject",
        "WorkBudgetExceededException",
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
        graph.FoldersSeen.Should().BeEquivalentTo(FolderDependencyScanner.Folders.Append("(root)"));
        graph.UsedBy("(root)").Should().Contain(["Model", "Kubelet", "Scheduling", "Controllers", "ApiServer", "Engine"]);
        graph.UsedBy("Kubelet").Should().Contain(["Model", "Engine", "ApiServer"]);
        graph.UsedBy("Validation").Should().Contain("Model");
    }

    [Fact]
    public void No_folder_uses_the_facade_at_the_root()
    {
        var root = Path.Combine(SharedPaths.RepositoryRoot, "src", "PodSim");
        var pattern = new System.Text.RegularExpressions.Regex(@"\b(" + string.Join("|", FacadeTypes) + @")\b");
        var users = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (!relative.Contains('/', StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal))
            {
                continue;
            }

            var code = FolderDependencyScanner.StripCommentsAndStrings(File.ReadAllText(file));
            if (pattern.Match(code) is { Success: true } match)
            {
                users.Add(relative + " (" + match.Value + ")");
            }
        }

        users.Should().BeEmpty("the folders below the facade reach it only through their host interfaces");
    }

    [Fact]
    public void A_pair_of_folders_is_named_in_one_order_whichever_way_it_is_asked()
    {
        FolderGraph.Pair("Kubelet", "Engine").Should().Be("Engine <-> Kubelet");
        FolderGraph.Pair("Engine", "Kubelet").Should().Be("Engine <-> Kubelet");
        KnownCycles.Should().BeInAscendingOrder(StringComparer.Ordinal).And.OnlyHaveUniqueItems();
        KnownCycles.SelectMany(pair => pair.Split(" <-> ", StringSplitOptions.None)).Should().BeSubsetOf(FolderDependencyScanner.Folders);
    }

    private static string Explain(FolderGraph graph, string pair)
    {
        var parts = pair.Split(" <-> ");
        return pair + " (" + graph.Evidence(parts[0], parts[1]) + "; " + graph.Evidence(parts[1], parts[0]) + ")";
    }
}
