namespace PodSim.Cli.CommandLine;

/// <summary>A flag a command accepts, with the text its help prints.</summary>
/// <param name="Name">The long name without dashes, such as <c>output</c>.</param>
/// <param name="Short">The one-letter alias, such as <c>o</c>, if any.</param>
/// <param name="ValueName">The value placeholder in help, such as <c>FORMAT</c>; null for a boolean switch.</param>
/// <param name="Description">What the flag does, one line.</param>
/// <param name="Allowed">The values accepted, when the set is closed.</param>
internal sealed record OptionSpec(string Name, char? Short, string? ValueName, string Description, IReadOnlyList<string>? Allowed = null)
{
    /// <summary>Gets a value indicating whether the flag is a switch that takes no value.</summary>
    public bool IsSwitch => ValueName is null;

    /// <summary>Gets the flag as help prints it: <c>-o, --output FORMAT</c>.</summary>
    public string Signature => (Short is { } s ? "-" + s + ", " : "    ") + "--" + Name + (ValueName is null ? string.Empty : " " + ValueName);
}
