using System.Globalization;
using System.Runtime.CompilerServices;

namespace PodSim.Cli.Tests;

/// <summary>Runs the real podsim entry point in-process, from the repository root, and captures what it prints.</summary>
internal static class Cli
{
    /// <summary>The wall clock the tests inject: the only time the tool reads is this one.</summary>
    public static readonly DateTimeOffset WallClock = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>
    /// Every path in these tests is relative to the repository root, as in the README and docs/cli.md, so the test
    /// process works from there (set once, before any test runs; every test wants the same directory).
    /// </summary>
    [ModuleInitializer]
    internal static void WorkFromRepositoryRoot() => Environment.CurrentDirectory = RepositoryRoot;

    public static Result Run(params string[] args) => RunWithInput(string.Empty, args);

    public static Result RunWithInput(string stdin, params string[] args)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        using var input = new StringReader(stdin);
        var exit = PodSimCli.Run(args, stdout, stderr, input, () => WallClock);
        return new Result(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Splits a command line as a POSIX shell would for the simple quoting docs use.</summary>
    public static string[] Split(string commandLine)
    {
        var args = new List<string>();
        var current = new System.Text.StringBuilder();
        var inArg = false;
        char? quote = null;
        foreach (var c in commandLine)
        {
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
                inArg = true;
            }
            else if (c == ' ')
            {
                if (inArg)
                {
                    args.Add(current.ToString());
                    current.Clear();
                    inArg = false;
                }
            }
            else
            {
                current.Append(c);
                inArg = true;
            }
        }

        if (inArg)
        {
            args.Add(current.ToString());
        }

        return [.. args];
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PodSim.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("PodSim.sln not found above " + AppContext.BaseDirectory);
    }

    internal sealed record Result(int Exit, string Stdout, string Stderr)
    {
        public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        public override string ToString() => "exit " + Exit + "\n--- stdout\n" + Stdout + "--- stderr\n" + Stderr;
    }
}
