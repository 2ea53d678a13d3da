using PodSim.Cli.CommandLine;
using PodSim.Defaulting;
using PodSim.Manifests;
using PodSim.Model;
using PodSim.Scenarios;
using PodSim.Validation;

namespace PodSim.Cli.Commands;

/// <summary><c>podsim validate FILE...</c>: the API server's defaulting and validation, one line per problem.</summary>
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

        var problems = InputFiles.Lines(manifests.Errors);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var scenarioFiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var loaded in manifests.Objects)
        {
            var obj = ApiDefaults.Apply(loaded.Object);
            foreach (var error in ObjectValidator.Validate(obj))
            {
                var location = error.Field.Length > 0 ? loaded.LocateField(error.Field) : loaded.Location;
                problems.Add(location + ": " + loaded.Reference + ": " + error);
            }

            // What running one file would refuse: a second Scenario, or the same name twice. Files are checked apart,
            // so a directory of independent scenarios validates.
            var file = loaded.Location.File;
            if (obj is Scenario && !scenarioFiles.Add(file))
            {
                problems.Add(loaded.Location + ": " + loaded.Reference + ": only one Scenario may be given");
            }
            else if (obj is not Scenario && !string.IsNullOrEmpty(obj.Metadata.Name) && !seen.Add(file + "\u001f" + Key(obj)))
            {
                problems.Add(loaded.LocateField("metadata.name") + ": " + loaded.Reference + ": " + FieldError.Duplicate("metadata.name", obj.Metadata.Name));
            }
        }

        // Problems are errors: like every error of the tool they go to standard error.
        foreach (var problem in problems)
        {
            context.Stderr.Write(problem + "\n");
        }

        return problems.Count == 0 ? 0 : 1;
    }

    private static string Key(KubeObject obj)
    {
        var clusterScoped = obj is Node or PriorityClass or RuntimeClass;
        var ns = clusterScoped ? string.Empty : obj.Metadata.Namespace ?? "default";
        return obj.Kind + "/" + ns + "/" + obj.Metadata.Name;
    }
}
