using System.Text.RegularExpressions;
using System.Xml.Linq;
using PodSim.Tests.Support;

namespace PodSim.Tests.Packaging;

/// <summary>
/// A new user's first tests, in a project outside the repository that references the packed PodSim and PodSim.Testing
/// and nothing of the repository: the packages alone must be enough, with the docs' own words. The project is the
/// template in Consumer/. Packing, restoring, building and a second test run take about 20 seconds;
/// <c>PODSIM_SKIP_CONSUMER_TEST=1</c> skips it.
/// </summary>
[Collection(Dotnet.PackingCollection)]
public class ConsumerProjectTests
{
    private const string SkipVariable = "PODSIM_SKIP_CONSUMER_TEST";

    /// <summary>What the consumer project may reference: the two packages under test and a test runner.</summary>
    private static readonly string[] AllowedReferences = ["PodSim", "PodSim.Testing", "Microsoft.NET.Test.Sdk", "xunit", "xunit.runner.visualstudio"];

    private static string Template => Path.Combine(SharedPaths.RepositoryRoot, "tests", "PodSim.Tests", "Packaging", "Consumer");

    [Fact]
    public void The_template_references_only_the_two_packages_and_xunit_and_its_test_file_stays_under_80_lines()
    {
        var project = XDocument.Load(Path.Combine(Template, "Consumer.Tests.csproj"));
        project.Descendants("PackageReference").Select(r => (string?)r.Attribute("Include")).Should().BeEquivalentTo(AllowedReferences);
        project.Descendants("ProjectReference").Should().BeEmpty();
        project.Descendants("Reference").Should().BeEmpty();
        Directory.GetFiles(Template, "*.cs").Select(Path.GetFileName).Should().Equal("FirstTests.cs");
        File.ReadAllLines(Path.Combine(Template, "FirstTests.cs")).Should().HaveCountLessThan(80, "a new user's six first tests fit on a page");
    }

    [SkippableFact]
    public async Task A_new_project_with_only_the_packed_packages_passes_its_six_first_tests()
    {
        Skip.If(Environment.GetEnvironmentVariable(SkipVariable) is "1" or "true", SkipVariable + " is set");
        var root = Directory.CreateTempSubdirectory("podsim-consumer-");
        try
        {
            // A version no package cache can hold already, so the restore takes exactly what was packed here.
            var version = "0.0.0-consumer-" + Guid.NewGuid().ToString("N");
            var feed = root.CreateSubdirectory("feed").FullName;
            foreach (var name in new[] { "PodSim", "PodSim.Testing" })
            {
                var pack = await Dotnet.RunAsync([
                    "pack", Path.Combine(SharedPaths.RepositoryRoot, "src", name, name + ".csproj"), "-c", Dotnet.Configuration, "--no-build",
                    "-o", feed, "-p:Version=" + version, "-p:NuspecOutputPath=" + Path.Combine(root.FullName, "nuspec", name) + "/", "--nologo", "-v", "q"]);
                pack.ExitCode.Should().Be(0, pack.Output);
            }

            var project = root.CreateSubdirectory("FirstTests").FullName;
            var packages = root.CreateSubdirectory("packages").FullName;
            CopyTemplate(project, version, feed);

            // Its own packages folder keeps the machine's cache clean; the machine's folder is a read-only fallback.
            var test = await Dotnet.RunAsync(["test", project, "--nologo"], environment: new Dictionary<string, string> { ["NUGET_PACKAGES"] = packages });
            test.ExitCode.Should().Be(0, test.Output);
            test.Output.Should().MatchRegex(@"Passed!\s+-\s+Failed:\s+0,\s+Passed:\s+6,\s+Skipped:\s+0,\s+Total:\s+6\b");

            // PodSim.Testing's dependency range brings FluentAssertions 7.2.2, never 8.
            var assets = await File.ReadAllTextAsync(Path.Combine(project, "obj", "project.assets.json"));
            assets.Should().Contain("\"PodSim/" + version + "\"").And.Contain("\"PodSim.Testing/" + version + "\"").And.Contain("\"FluentAssertions/7.2.2\"");
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    /// <summary>Copies the template, each <c>{Package}</c> of the project file replaced by the version to use.</summary>
    private static void CopyTemplate(string project, string packedVersion, string feed)
    {
        var central = XDocument.Load(Path.Combine(SharedPaths.RepositoryRoot, "Directory.Packages.props"));
        string VersionOf(string package) => package is "PodSim" or "PodSim.Testing"
            ? packedVersion
            : central.Descendants("PackageVersion").Single(p => (string?)p.Attribute("Include") == package).Attribute("Version")!.Value;

        var csproj = File.ReadAllText(Path.Combine(Template, "Consumer.Tests.csproj"));
        File.WriteAllText(Path.Combine(project, "FirstTests.csproj"), Regex.Replace(csproj, @"Version=""\{([^}]+)\}""", m => "Version=\"" + VersionOf(m.Groups[1].Value) + "\""));
        var fallback = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var config = File.ReadAllText(Path.Combine(Template, "NuGet.config"));
        File.WriteAllText(Path.Combine(project, "NuGet.config"), config.Replace("{feed}", feed, StringComparison.Ordinal).Replace("{fallback}", fallback, StringComparison.Ordinal));
        File.Copy(Path.Combine(Template, "FirstTests.cs"), Path.Combine(project, "FirstTests.cs"));

        // Empty build files at the temporary root: no Directory.Build.props or Directory.Packages.props above it takes part.
        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(Path.GetDirectoryName(project)!, file), "<Project />\n");
        }
    }
}
