using System.Diagnostics;
using System.IO.Compression;

namespace PodSim.Testing.Tests;

/// <summary>PodSim.Testing packs as a library package with its own README, XML docs, LICENSE and symbols.</summary>
public class PackageTests
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    [Fact]
    public async Task Pack_produces_PodSim_Testing_with_readme_docs_licence_symbols_and_a_FluentAssertions_7_dependency()
    {
        var output = Directory.CreateTempSubdirectory("podsim-testing-pack-");
        try
        {
            // --no-build packs what the test build already compiled, so it cannot race other builds.
            var project = Path.Combine(RepositoryPaths.Root, "src", "PodSim.Testing", "PodSim.Testing.csproj");
            var start = new ProcessStartInfo("dotnet", ["pack", project, "-c", Configuration, "--no-build", "-o", output.FullName, "--nologo", "-v", "q"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            process.ExitCode.Should().Be(0, await stdout + stderr);

            var package = Directory.GetFiles(output.FullName, "PodSim.Testing.*.nupkg").Where(p => !p.EndsWith(".symbols.nupkg", StringComparison.Ordinal))
                .Should().ContainSingle().Which;
            Directory.GetFiles(output.FullName, "PodSim.Testing.*.snupkg").Should().ContainSingle();
            using var zip = ZipFile.OpenRead(package);
            zip.Entries.Select(e => e.FullName).Should().Contain(["README.md", "LICENSE", "lib/net10.0/PodSim.Testing.dll", "lib/net10.0/PodSim.Testing.xml"]);

            using var readme = new StreamReader(zip.GetEntry("README.md")!.Open());
            var readmeText = await readme.ReadToEndAsync();
            readmeText.Should().StartWith("# PodSim.Testing").And.NotContain("](docs/", "a package README's links must be absolute");

            var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
            using var reader = new StreamReader(nuspec.Open());
            var text = await reader.ReadToEndAsync();
            text.Should().Contain("<id>PodSim.Testing</id>")
                .And.Contain("<readme>README.md</readme>")
                .And.Contain("<license type=\"expression\">Apache-2.0</license>")
                .And.Contain("<dependency id=\"PodSim\" version=\"")
                .And.Contain("<dependency id=\"FluentAssertions\" version=\"[7.2.2, 8.0.0)\"");
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }
}
