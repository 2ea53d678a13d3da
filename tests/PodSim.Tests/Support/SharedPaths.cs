namespace PodSim.Tests.Support;

/// <summary>Finds the repository root and the optional ../shared folder beside it.</summary>
internal static class SharedPaths
{
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PodSim.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("PodSim.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>Gets ../shared/corpus/k8s-website-examples beside the repository, or null when this clone has none.</summary>
    public static string? Corpus
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus", "k8s-website-examples"));
            return Directory.Exists(path) ? path : null;
        }
    }
}
