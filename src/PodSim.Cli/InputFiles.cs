using PodSim.Cli.CommandLine;
using PodSim.Manifests;

namespace PodSim.Cli;

/// <summary>Loads the FILE arguments of a command: files, directories and <c>-</c> for standard input.</summary>
internal static class InputFiles
{
    /// <summary>The source name of standard input in diagnostics.</summary>
    public const string StdinName = "<stdin>";

    /// <summary>Loads every path in order into one result.</summary>
    /// <param name="paths">The FILE arguments.</param>
    /// <param name="context">Where standard input comes from.</param>
    /// <param name="commandPath">The command, for usage errors.</param>
    /// <returns>The objects and diagnostics of all inputs, in argument order.</returns>
    /// <exception cref="UsageException">No path was given, or <c>-</c> was given twice.</exception>
    public static ManifestLoadResult Load(IReadOnlyList<string> paths, CliContext context, string commandPath)
    {
        if (paths.Count == 0)
        {
            throw new UsageException("at least one FILE is required", commandPath);
        }

        var loader = new ManifestLoader();
        var objects = new List<LoadedObject>();
        var diagnostics = new List<ManifestDiagnostic>();
        var stdinRead = false;
        foreach (var path in paths)
        {
            ManifestLoadResult result;
            if (path == "-")
            {
                if (stdinRead)
                {
                    throw new UsageException("standard input (-) can be given only once", commandPath);
                }

                stdinRead = true;
                result = ReadStdin(loader, context.Stdin);
            }
            else
            {
                result = loader.LoadFiles(path);
            }

            objects.AddRange(result.Objects);
            diagnostics.AddRange(result.Diagnostics);
        }

        return new ManifestLoadResult(objects, diagnostics);
    }

    /// <summary>Reads standard input with the loader's size limit, as files are read.</summary>
    private static ManifestLoadResult ReadStdin(ManifestLoader loader, TextReader stdin)
    {
        var text = new System.Text.StringBuilder();
        var buffer = new char[81920];
        int read;
        while ((read = stdin.Read(buffer, 0, buffer.Length)) > 0)
        {
            text.Append(buffer, 0, read);
            if (text.Length > loader.Options.MaxInputSize)
            {
                var error = new ManifestDiagnostic(
                    DiagnosticSeverity.Error,
                    "input is larger than the limit of " + loader.Options.MaxInputSize.ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes; refusing it",
                    new SourceLocation(StdinName, 1, 1));
                return new ManifestLoadResult([], [error]);
            }
        }

        return loader.LoadString(text.ToString(), StdinName);
    }

    /// <summary>Writes the warnings to standard error and fails on errors.</summary>
    /// <param name="result">The loaded input.</param>
    /// <param name="context">Where warnings go.</param>
    /// <exception cref="InputException">The input has errors; one line each.</exception>
    public static void Check(ManifestLoadResult result, CliContext context)
    {
        foreach (var warning in result.Warnings)
        {
            context.Stderr.Write("warning: " + warning + "\n");
        }

        if (result.HasErrors)
        {
            throw new InputException(Lines(result.Errors));
        }
    }

    /// <summary>Formats errors: located ones as <c>file:line:col: ...</c>, others (a missing file) as <c>error: ...</c>.</summary>
    /// <param name="errors">The errors.</param>
    /// <returns>The lines.</returns>
    public static List<string> Lines(IReadOnlyList<ManifestDiagnostic> errors)
    {
        var lines = new List<string>(errors.Count);
        foreach (var error in errors)
        {
            lines.Add(error.Location is null ? "error: " + error : error.ToString());
        }

        return lines;
    }
}
