using System.Diagnostics;
using System.IO.Compression;

namespace PodSim.Cli.Tests;

/// <summary>The CLI packs as a .NET tool whose command is <c>podsim</c>.</summary>
public class ToolPackageTests
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    [Fact]
    public async Task Pack_produces_a_dotnet_tool_named_podsim()
    {
        var output = Directory.CreateTempSubdirectory("podsim-tool-");
        try
        {
            // --no-build packs what the test build already compiled, so it cannot race other builds.
            var project = Path.Combine(Cli.RepositoryRoot, "src", "PodSim.Cli", "PodSim.Cli.csproj");
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

            var package = Directory.GetFiles(output.FullName, "PodSim.Cli.*.nupkg").Should().ContainSingle().Subject;
            using var zip = ZipFile.OpenRead(package);
            var entries = zip.Entries.Select(e => e.FullName).ToList();
            entries.Should().Contain("tools/net10.0/any/PodSim.Cli.dll").And.Contain("tools/net10.0/any/PodSim.dll").And.Contain("README.md")
                .And.Contain("LICENSE").And.Contain("tools/net10.0/any/PodSim.Cli.xml");

            // The symbols travel in their own package, as the library's do.
            var symbols = Directory.GetFiles(output.FullName, "PodSim.Cli.*.snupkg").Should().ContainSingle().Subject;
            using (var symbolZip = ZipFile.OpenRead(symbols))
            {
                symbolZip.Entries.Select(e => e.FullName).Should().Contain("tools/net10.0/any/PodSim.Cli.pdb");
            }

            using var settings = new StreamReader(zip.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open());
            (await settings.ReadToEndAsync()).Should().Contain("<Command Name=\"podsim\" EntryPoint=\"PodSim.Cli.dll\" Runner=\"dotnet\" />");
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }
}
