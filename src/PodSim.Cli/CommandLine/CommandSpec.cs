namespace PodSim.Cli.CommandLine;

/// <summary>A command of the tool: its name, usage, flags and help text. Help is generated from this, so it cannot drift.</summary>
/// <param name="Path">The words that select the command, such as <c>get pods</c>.</param>
/// <param name="Arguments">The positional arguments as usage prints them, such as <c>NAME FILE...</c>.</param>
/// <param name="Summary">One line for the command list.</param>
/// <param name="Description">The paragraph the command's help opens with.</param>
/// <param name="Options">The flags (help is added to every command).</param>
/// <param name="ArgumentHelp">One line per positional argument: name and meaning.</param>
/// <param name="Examples">Example command lines.</param>
internal sealed record CommandSpec(
    string Path,
    string Arguments,
    string Summary,
    string Description,
    IReadOnlyList<OptionSpec> Options,
    IReadOnlyList<(string Name, string Help)> ArgumentHelp,
    IReadOnlyList<string> Examples)
{
    /// <summary>Finds a flag by long name.</summary>
    /// <param name="name">The long name.</param>
    /// <returns>The flag, or null.</returns>
    public OptionSpec? FindLong(string name)
    {
        foreach (var option in Options)
        {
            if (option.Name == name)
            {
                return option;
            }
        }

        return null;
    }

    /// <summary>Finds a flag by its one-letter alias.</summary>
    /// <param name="letter">The letter.</param>
    /// <returns>The flag, or null.</returns>
    public OptionSpec? FindShort(char letter)
    {
        foreach (var option in Options)
        {
            if (option.Short == letter)
            {
                return option;
            }
        }

        return null;
    }
}
