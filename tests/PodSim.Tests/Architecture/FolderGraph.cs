namespace PodSim.Tests.Architecture;

/// <summary>Which folder uses which, with the files that make each dependency.</summary>
internal sealed class FolderGraph
{
    private readonly SortedDictionary<string, SortedDictionary<string, SortedSet<string>>> _uses = new(StringComparer.Ordinal);

    /// <summary>Gets the number of files scanned.</summary>
    public int FileCount { get; private set; }

    /// <summary>Gets the folders seen, whether or not they use another.</summary>
    public SortedSet<string> FoldersSeen { get; } = new(StringComparer.Ordinal);

    public void AddFile(string file, string folder, IEnumerable<string> uses)
    {
        FileCount++;
        FoldersSeen.Add(folder);
        foreach (var used in uses)
        {
            if (!_uses.TryGetValue(folder, out var targets))
            {
                _uses[folder] = targets = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
            }

            if (!targets.TryGetValue(used, out var files))
            {
                targets[used] = files = new SortedSet<string>(StringComparer.Ordinal);
            }

            files.Add(file);
        }
    }

    /// <summary>The folders a folder uses.</summary>
    public IReadOnlyCollection<string> UsedBy(string folder) =>
        _uses.TryGetValue(folder, out var targets) ? targets.Keys : [];

    /// <summary>The files of one folder that use another.</summary>
    public IReadOnlyCollection<string> FilesUsing(string from, string to) =>
        _uses.TryGetValue(from, out var targets) && targets.TryGetValue(to, out var files) ? files : [];

    /// <summary>The pairs of folders that use each other, each as <c>A &lt;-&gt; B</c> with A before B ordinally.</summary>
    public SortedSet<string> MutualPairs()
    {
        var pairs = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (from, targets) in _uses)
        {
            foreach (var to in targets.Keys)
            {
                if (string.CompareOrdinal(from, to) < 0 && FilesUsing(to, from).Count > 0)
                {
                    pairs.Add(Pair(from, to));
                }
            }
        }

        return pairs;
    }

    public static string Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? a + " <-> " + b : b + " <-> " + a;

    /// <summary>Names the files behind a dependency, a few of them, for a failure message.</summary>
    public string Evidence(string from, string to, int max = 5)
    {
        var files = FilesUsing(from, to);
        var shown = string.Join(", ", files.Take(max));
        return $"{from} -> {to}: {shown}{(files.Count > max ? $" (+{files.Count - max} more)" : string.Empty)}";
    }
}
