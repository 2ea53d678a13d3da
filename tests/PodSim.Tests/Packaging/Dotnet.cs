using System.Diagnostics;

namespace PodSim.Tests.Packaging;

/// <summary>Runs the dotnet command line from a test, as a user or CI would, and captures what it prints.</summary>
internal static class Dotnet
{
#if DEBUG
    /// <summary>The configuration this assembly was built in: <c>--no-build</c> packs what that build compiled.</summary>
    public const string Configuration = "Debug";
#else
    /// <summary>The configuration this assembly was built in: <c>--no-build</c> packs what that build compiled.</summary>
    public const string Configuration = "Release";
#endif

    /// <summary>The xUnit collection of the tests that pack, run one after the other: one of them builds src/PodSim.</summary>
    public const string PackingCollection = "Packing";

    /// <summary>
    /// Runs <c>dotnet</c> with the arguments; its messages in English and without MSBuild nodes left running after it.
    /// A run past <paramref name="timeout"/> is killed with its children and reported as exit code -1.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(
        IEnumerable<string> args, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo("dotnet", args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? string.Empty,
        };
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var limit = timeout ?? TimeSpan.FromMinutes(10);
        using var cancel = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return (-1, "dotnet " + string.Join(' ', start.ArgumentList) + " did not finish within " + limit + "\n" + await stdout + await stderr);
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
