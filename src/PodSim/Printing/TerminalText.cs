namespace PodSim.Printing;

/// <summary>
/// kubectl's terminal escaping (<c>printers.WriteEscaped</c>): an escape character shows as <c>^[</c> and a
/// carriage return as <c>\r</c>, so printed values cannot drive the terminal.
/// </summary>
internal static class TerminalText
{
    /// <summary>Escapes terminal control characters in <paramref name="text"/>.</summary>
    /// <param name="text">The text to print.</param>
    /// <returns>The escaped text.</returns>
    public static string Escape(string text) =>
        text.AsSpan().IndexOfAny('\u001b', '\r') < 0 ? text : text.Replace("\u001b", "^[", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);
}
