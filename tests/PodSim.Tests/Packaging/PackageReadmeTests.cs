using System.Text.RegularExpressions;
using FluentAssertions;
using PodSim.Tests.Support;

namespace PodSim.Tests.Packaging;

/// <summary>
/// The READMEs packed into the NuGet packages are read on the package page, far from the repository: every link is
/// absolute, and every link into the repository names a file or folder that exists.
/// </summary>
public partial class PackageReadmeTests
{
    private const string Repository = "https://github.com/podsim/podsim/";

    public static TheoryData<string> PackedReadmes => new()
    {
        "src/PodSim/PACKAGE.md",
        "src/PodSim.Cli/PACKAGE.md",
        "src/PodSim.Testing/README.md",
    };

    [Theory]
    [MemberData(nameof(PackedReadmes))]
    public void Every_link_of_a_packed_readme_is_absolute_and_names_something_in_the_repository(string readme)
    {
        var text = File.ReadAllText(Path.Combine(SharedPaths.RepositoryRoot, readme));
        var links = MarkdownLink().Matches(text).Select(m => m.Groups["target"].Value).ToList();

        links.Should().NotBeEmpty();
        foreach (var link in links)
        {
            link.Should().StartWith("https://", "{0} is read on the package page, where {1} resolves nowhere", readme, link);
            if (link.StartsWith(Repository + "blob/main/", StringComparison.Ordinal) || link.StartsWith(Repository + "tree/main/", StringComparison.Ordinal))
            {
                var path = link[(Repository.Length + "blob/main/".Length)..].Split('#')[0];
                var full = Path.Combine(SharedPaths.RepositoryRoot, path);
                (File.Exists(full) || Directory.Exists(full)).Should().BeTrue("{0} links {1}", readme, path);
            }
        }
    }

    [Theory]
    [InlineData("src/PodSim/PodSim.csproj", "PACKAGE.md")]
    [InlineData("src/PodSim.Cli/PodSim.Cli.csproj", "PACKAGE.md")]
    [InlineData("src/PodSim.Testing/PodSim.Testing.csproj", "README.md")]
    public void Each_package_packs_its_own_readme_rather_than_the_repositorys(string project, string readme)
    {
        var text = File.ReadAllText(Path.Combine(SharedPaths.RepositoryRoot, project));

        text.Should().Contain("<None Include=\"" + readme + "\" Pack=\"true\" PackagePath=\"/");
        text.Should().NotContain("../../README.md");
    }

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();
}
