using System.Globalization;
using PodSim.Model;

namespace PodSim.Cli.CommandLine;

/// <summary>Reads typed flag values: Go durations and RFC 3339 times.</summary>
internal static class FlagValues
{
    private static readonly string[] Rfc3339 = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    /// <summary>Reads a non-negative Go duration such as <c>1m30s</c>.</summary>
    /// <param name="parsed">The parsed arguments.</param>
    /// <param name="name">The flag's long name.</param>
    /// <returns>The duration, or null when the flag was not given.</returns>
    /// <exception cref="UsageException">The value is not a duration or is negative.</exception>
    public static TimeSpan? Duration(ParsedArguments parsed, string name)
    {
        if (parsed.Get(name) is not { } text)
        {
            return null;
        }

        if (text == "never")
        {
            throw Invalid(parsed, name, text, "time: invalid duration \"never\"");
        }

        if (!GoDuration.TryParse(text, out var duration, out var error))
        {
            throw Invalid(parsed, name, text, error ?? "time: invalid duration \"" + text + "\"");
        }

        return duration.Value < TimeSpan.Zero ? throw Invalid(parsed, name, text, "must not be negative") : duration.Value;
    }

    /// <summary>Reads a whole number greater than 0, such as <c>5000000</c>.</summary>
    /// <param name="parsed">The parsed arguments.</param>
    /// <param name="name">The flag's long name.</param>
    /// <returns>The number, or null when the flag was not given.</returns>
    /// <exception cref="UsageException">The value is not a whole number greater than 0.</exception>
    public static long? PositiveInteger(ParsedArguments parsed, string name)
    {
        if (parsed.Get(name) is not { } text)
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw Invalid(parsed, name, text, "expected a whole number greater than 0");
    }

    /// <summary>Reads an RFC 3339 time such as <c>2025-01-01T00:05:00Z</c>.</summary>
    /// <param name="parsed">The parsed arguments.</param>
    /// <param name="name">The flag's long name.</param>
    /// <returns>The time, or null when the flag was not given.</returns>
    /// <exception cref="UsageException">The value is not an RFC 3339 time.</exception>
    public static DateTimeOffset? Time(ParsedArguments parsed, string name)
    {
        if (parsed.Get(name) is not { } text)
        {
            return null;
        }

        return DateTimeOffset.TryParseExact(text, Rfc3339, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw Invalid(parsed, name, text, "expected an RFC 3339 time such as 2025-01-01T00:05:00Z");
    }

    private static UsageException Invalid(ParsedArguments parsed, string name, string text, string why) =>
        new("invalid argument \"" + text + "\" for \"--" + name + "\" flag: " + why, parsed.Command.Path);
}
