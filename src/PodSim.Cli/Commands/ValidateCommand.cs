using PodSim.Cli.CommandLine;

namespace PodSim.Cli.Commands;

/// <summary>
/// <c>podsim validate FILE...</c>: the API server's defaulting and validation (<see cref="ManifestValidation"/>), one
/// line per problem.
/// </summary>
internal static class ValidateCommand
{
    /// <summary>Runs the command.</summary>
    /// <param name="args">The parsed arguments.</param>
    /// <param name="context">The streams.</param>
    /// <returns>The exit code.</returns>
    public static int Execute(ParsedArguments args, CliContext context)
    {
        var manifests = InputFiles.Load(args.Positionals, context, args.Command.Path);
        foreach (var warning in manifests.Warnings)
        {
            context.Stderr.Write("warning: " + warning + "\n");
        }

        // Problems are errors: like every error of the tool they go to standard error.
        var problems = InputFiles.Lines(ManifestValidation.Validate(manifests).Errors);
        foreach (var problem in problems)
        {
            context.Stderr.Write(problem + "\n");
        }

        return problems.Count == 0 ? 0 : 1;
    }
}
