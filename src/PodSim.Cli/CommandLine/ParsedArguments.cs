namespace PodSim.Cli.CommandLine;

/// <summary>The flags and positional arguments of one command line, after parsing.</summary>
internal sealed class ParsedArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    /// <summary>Initializes a new instance of the <see cref="ParsedArguments"/> class.</summary>
    /// <param name="command">The command the arguments are for.</param>
    public ParsedArguments(CommandSpec command)
    {
        Command = command;
    }

    /// <summary>Gets the command the arguments are for.</summary>
    public CommandSpec Command { get; }

    /// <summary>Gets the positional arguments, in order.</summary>
    public List<string> Positionals { get; } = [];

    /// <summary>Gets or sets a value indicating whether help was asked for.</summary>
    public bool Help { get; set; }

    /// <summary>Sets a flag's value; a repeated flag keeps its last value, as kubectl's flag parser does.</summary>
    /// <param name="name">The long name.</param>
    /// <param name="value">The value (<c>true</c>/<c>false</c> for switches).</param>
    public void Set(string name, string value) => _values[name] = value;

    /// <summary>Gets a flag's value.</summary>
    /// <param name="name">The long name.</param>
    /// <returns>The value, or null when the flag was not given.</returns>
    public string? Get(string name) => _values.TryGetValue(name, out var value) ? value : null;

    /// <summary>Gets whether a switch is on.</summary>
    /// <param name="name">The long name.</param>
    /// <returns>Whether it was given (and not set to false).</returns>
    public bool IsOn(string name) => Get(name) == "true";
}
