namespace PodSim.Cli.CommandLine;

/// <summary>
/// Parses a command's arguments the way kubectl's flag parser does: flags and positional arguments may be mixed,
/// <c>--name value</c>, <c>--name=value</c>, <c>-o value</c>, <c>-ovalue</c> and <c>-o=value</c> all work, a lone
/// <c>-</c> is a positional argument (standard input), and <c>--</c> ends the flags.
/// </summary>
internal static class ArgumentParser
{
    /// <summary>Parses <paramref name="args"/> for <paramref name="command"/>.</summary>
    /// <param name="command">The command.</param>
    /// <param name="args">The arguments after the command's words.</param>
    /// <returns>The parsed arguments.</returns>
    /// <exception cref="UsageException">A flag is unknown, lacks its value or has a value outside its set.</exception>
    public static ParsedArguments Parse(CommandSpec command, IReadOnlyList<string> args)
    {
        var parsed = new ParsedArguments(command);
        if (AsksForHelp(args))
        {
            parsed.Help = true;
            return parsed;
        }

        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                for (var j = i + 1; j < args.Count; j++)
                {
                    parsed.Positionals.Add(args[j]);
                }

                break;
            }

            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                var body = arg[2..];
                var eq = body.IndexOf('=', StringComparison.Ordinal);
                var name = eq >= 0 ? body[..eq] : body;
                var option = command.FindLong(name) ?? throw new UsageException("unknown flag: --" + name, command.Path);
                string? value = eq >= 0 ? body[(eq + 1)..] : null;
                i = Assign(parsed, option, "--" + name, value, args, i);
            }
            else if (arg.Length > 1 && arg[0] == '-')
            {
                var letter = arg[1];
                var option = command.FindShort(letter) ?? throw new UsageException("unknown shorthand flag: '" + letter + "' in " + arg, command.Path);
                string? value = arg.Length > 2 ? (arg[2] == '=' ? arg[3..] : arg[2..]) : null;
                if (option.IsSwitch && arg.Length > 2 && arg[2] != '=')
                {
                    throw new UsageException("unknown shorthand flag: '" + arg[2] + "' in " + arg, command.Path);
                }

                i = Assign(parsed, option, "'" + letter + "' in " + arg, value, args, i);
            }
            else
            {
                parsed.Positionals.Add(arg);
            }
        }

        return parsed;
    }

    private static bool AsksForHelp(IReadOnlyList<string> args)
    {
        foreach (var arg in args)
        {
            if (arg == "--")
            {
                return false;
            }

            if (arg is "-h" or "--help")
            {
                return true;
            }
        }

        return false;
    }

    private static int Assign(ParsedArguments parsed, OptionSpec option, string shown, string? inline, IReadOnlyList<string> args, int i)
    {
        var path = parsed.Command.Path;
        if (option.IsSwitch)
        {
            var on = inline ?? "true";
            if (on is not ("true" or "false"))
            {
                throw new UsageException("invalid argument \"" + on + "\" for \"--" + option.Name + "\" flag: expected true or false", path);
            }

            parsed.Set(option.Name, on);
            return i;
        }

        var value = inline;
        if (value is null)
        {
            if (i + 1 >= args.Count)
            {
                throw new UsageException("flag needs an argument: " + shown, path);
            }

            value = args[++i];
        }

        if (option.Allowed is { } allowed && !allowed.Contains(value, StringComparer.Ordinal))
        {
            throw new UsageException(
                "invalid argument \"" + value + "\" for \"--" + option.Name + "\" flag: allowed values are " + string.Join(", ", allowed),
                path);
        }

        parsed.Set(option.Name, value);
        return i;
    }
}
