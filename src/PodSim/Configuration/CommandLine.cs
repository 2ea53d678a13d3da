using PodSim.Model;

namespace PodSim.Configuration;

/// <summary>
/// The effective command line: <c>ExpandContainerCommandAndArgs</c> (command and args expanded against the final
/// environment) followed by the runtime's Docker-style combination with the image's entrypoint and cmd.
/// </summary>
internal static class CommandLine
{
    /// <summary>Computes how the container's process is started.</summary>
    /// <param name="container">The container.</param>
    /// <param name="environment">The container's resolved environment; for a name set twice the last value counts.</param>
    /// <param name="image">The image's configuration, when known.</param>
    /// <returns>The expanded command and args and the final argument vector.</returns>
    public static ProcessCommand Resolve(Container container, IReadOnlyList<EnvironmentVariable> environment, ImageConfig? image = null)
    {
        ArgumentNullException.ThrowIfNull(container);
        ArgumentNullException.ThrowIfNull(environment);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var variable in environment)
        {
            values[variable.Name] = variable.Value;
        }

        var command = Expand(container.Command, values);
        var args = Expand(container.Args, values);
        var argv = new List<string>();
        if (command.Count > 0)
        {
            argv.AddRange(command);
            argv.AddRange(args);
        }
        else
        {
            argv.AddRange(image?.Entrypoint ?? []);
            argv.AddRange(args.Count > 0 ? args : image?.Cmd ?? []);
        }

        var workingDir = !string.IsNullOrEmpty(container.WorkingDir) ? container.WorkingDir
            : !string.IsNullOrEmpty(image?.WorkingDir) ? image.WorkingDir
            : null;
        return new ProcessCommand(command, args, argv, workingDir);
    }

    private static List<string> Expand(IReadOnlyList<string> items, Dictionary<string, string> values)
    {
        var expanded = new List<string>(items.Count);
        foreach (var item in items)
        {
            expanded.Add(VariableExpansion.Expand(item, values));
        }

        return expanded;
    }
}
