using System.IO.Compression;
using PodSim.Tests.Support;

namespace PodSim.Tests.Packaging;

/// <summary>Packs the library as CI and users do and checks what the NuGet package carries.</summary>
[Collection(Dotnet.PackingCollection)]
public class PackageTests
{
    [Fact]
    public async Task Pack_produces_nupkg_with_readme_and_xml_docs_and_a_symbols_package()
    {
        var output = Directory.CreateTempSubdirectory("podsim-pack-");
        try
        {
            var project = Path.Combine(SharedPaths.RepositoryRoot, "src", "PodSim", "PodSim.csproj");
            var pack = await Dotnet.RunAsync(["pack", project, "-c", "Release", "-o", output.FullName, "--nologo", "-v", "q"]);
            pack.ExitCode.Should().Be(0, pack.Output);

            var packages = Directory.GetFiles(output.FullName, "PodSim.*.nupkg").Where(p => !p.EndsWith(".symbols.nupkg", StringComparison.Ordinal)).ToArray();
            packages.Should().ContainSingle().Which.Should().MatchRegex(@"PodSim\.\d+\.\d+\.\d+.*\.nupkg$");
            Directory.GetFiles(output.FullName, "PodSim.*.snupkg").Should().ContainSingle();

            using var zip = ZipFile.OpenRead(packages[0]);
            var entries = zip.Entries.Select(e => e.FullName).ToList();
            entries.Should().Contain("README.md");
            entries.Should().Contain("lib/net10.0/PodSim.dll");
            entries.Should().Contain("lib/net10.0/PodSim.xml");

            var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
            using var reader = new StreamReader(nuspec.Open());
            var text = reader.ReadToEnd();
            text.Should().Contain("<license type=\"expression\">Apache-2.0</license>");
            text.Should().Contain("<readme>README.md</readme>");
            text.Should().Contain("<repository type=\"git\"");
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }
}
