namespace PodSim.Testing.Tests;

/// <summary>Finds the repository root (the folder of PodSim.sln) above the test's output.</summary>
internal static class RepositoryPaths
{
    public static string Root
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
}
