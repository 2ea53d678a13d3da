using System.Text;

namespace PodSim.Cli.CommandLine;

/// <summary>Writes the help of the tool and of each command from their specifications.</summary>
internal static class HelpWriter
{
    /// <summary>The help flag every command has.</summary>
    public static readonly OptionSpec HelpOption = new("help", 'h', null, "Show this help.");

    /// <summary>Writes the help of one command.</summary>
    /// <param name="command">The command.</param>
    /// <returns>The help text.</returns>
    public static string ForCommand(CommandSpec command)
    {
        var sb = new StringBuilder();
        sb.Append(command.Description).Append("\n\n");
        sb.Append("Usage:\n  podsim ").Append(command.Path).Append(' ').Append(command.Arguments).Append(" [flags]\n");
        if (command.ArgumentHelp.Count > 0)
        {
            sb.Append("\nArguments:\n");
            var width = 0;
            foreach (var (name, _) in command.ArgumentHelp)
            {
                width = Math.Max(width, name.Length);
            }

            foreach (var (name, help) in command.ArgumentHelp)
            {
                sb.Append("  ").Append(name.PadRight(width + 3)).Append(help).Append('\n');
            }
        }

        sb.Append("\nFlags:\n");
        var options = new List<OptionSpec> { HelpOption };
        options.AddRange(command.Options);
        AppendOptions(sb, options);
        if (command.Examples.Count > 0)
        {
            sb.Append("\nExamples:\n");
            foreach (var example in command.Examples)
            {
                sb.Append("  ").Append(example).Append('\n');
            }
        }

        return sb.ToString();
    }

    /// <summary>Writes the help of a command group such as <c>get</c>, which takes a resource type.</summary>
    /// <param name="verb">The group's word, such as <c>get</c>.</param>
    /// <param name="description">What the group does.</param>
    /// <param name="command">The one command of the group.</param>
    /// <returns>The help text.</returns>
    public static string ForGroup(string verb, string description, CommandSpec command)
    {
        var sb = new StringBuilder();
        sb.Append(description).Append("\n\n");
        sb.Append("Usage:\n  podsim ").Append(command.Path).Append(' ').Append(command.Arguments).Append(" [flags]\n\n");
        sb.Append("Resource types:\n  ").Append(command.Path[(verb.Length + 1)..]).Append(" (aliases: pod, po)\n\n");
        sb.Append("Run 'podsim ").Append(command.Path).Append(" --help' for its flags.\n");
        return sb.ToString();
    }

    /// <summary>Writes the help of the tool.</summary>
    /// <param name="commands">The commands.</param>
    /// <param name="versionOption">The version flag.</param>
    /// <returns>The help text.</returns>
    public static string ForTool(IReadOnlyList<CommandSpec> commands, OptionSpec versionOption)
    {
        var sb = new StringBuilder();
        sb.Append("podsim simulates Kubernetes pods from real manifests on a virtual clock and prints what kubectl would show.\n\n");
        sb.Append("Usage:\n  podsim COMMAND [ARGUMENTS] [flags]\n\nCommands:\n");
        var width = 0;
        foreach (var command in commands)
        {
            width = Math.Max(width, command.Path.Length);
        }

        foreach (var command in commands)
        {
            sb.Append("  ").Append(command.Path.PadRight(width + 3)).Append(command.Summary).Append('\n');
        }

        sb.Append("\nFlags:\n");
        AppendOptions(sb, [HelpOption, versionOption]);
        sb.Append('\n');
        sb.Append("FILE is a manifest file (YAML or JSON, several documents allowed), a directory of them, or \"-\" for\n");
        sb.Append("standard input. Durations use Go syntax: 90s, 1m30s, 2h.\n");
        sb.Append("Exit codes: 0 success, 1 invalid input or simulation error, 2 usage error.\n\n");
        sb.Append("Run 'podsim COMMAND --help' for more about a command.\n");
        return sb.ToString();
    }

    private static void AppendOptions(StringBuilder sb, List<OptionSpec> options)
    {
        var width = 0;
        foreach (var option in options)
        {
            width = Math.Max(width, option.Signature.Length);
        }

        foreach (var option in options)
        {
            sb.Append("  ").Append(option.Signature.PadRight(width + 3)).Append(option.Description).Append('\n');
        }
    }
}
