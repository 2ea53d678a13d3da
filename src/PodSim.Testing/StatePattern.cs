using System.Globalization;

namespace PodSim.Testing;

/// <summary>
/// A container state to look for: the transition log's text (<c>Terminated(Error, exitCode=1)</c>) or less of it
/// (<c>Terminated(Error)</c>, <c>Terminated</c>, <c>Waiting</c>); a part left out, or null in a
/// <see cref="ContainerStateValue"/>, matches anything. Empty parentheses, as the log writes a state without a reason
/// (<c>Waiting()</c>), match only a state without a reason.
/// </summary>
internal static class StatePattern
{
    public static ContainerStateValue Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (ContainerStateValue.TryParse(text, out var exact))
        {
            // Copied from the log, "Waiting()" means no reason, not any reason: the empty reason is kept.
            return exact.Reason is null && text.Contains('(', StringComparison.Ordinal) && exact.Kind != ContainerStateKind.Running
                ? new ContainerStateValue(exact.Kind, string.Empty, exact.ExitCode)
                : exact;
        }

        var open = text.IndexOf('(', StringComparison.Ordinal);
        var name = open < 0 ? text : text[..open];
        var inner = open < 0 ? null : text.EndsWith(')') ? text[(open + 1)..^1] : null;
        if (!Enum.TryParse<ContainerStateKind>(name, ignoreCase: false, out var kind) || !Enum.IsDefined(kind) || (open >= 0 && inner is null))
        {
            throw new ArgumentException("not a container state: \"" + text + "\"; write Running, Waiting, Waiting(reason), Terminated, Terminated(reason) or Terminated(reason, exitCode=n)", nameof(text));
        }

        if (inner is null || kind == ContainerStateKind.Running)
        {
            return new ContainerStateValue(kind);
        }

        // Terminated(exitCode=1) names the code alone.
        const string Code = "exitCode=";
        if (kind == ContainerStateKind.Terminated && inner.StartsWith(Code, StringComparison.Ordinal)
            && int.TryParse(inner[Code.Length..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code))
        {
            return new ContainerStateValue(kind, null, code);
        }

        return new ContainerStateValue(kind, inner.Length == 0 ? null : inner);
    }

    public static bool Matches(ContainerStateValue pattern, ContainerStateValue? actual) =>
        actual is not null
        && actual.Kind == pattern.Kind
        && (pattern.Reason is null || pattern.Reason == (actual.Reason ?? string.Empty))
        && (pattern.ExitCode is null || pattern.ExitCode == actual.ExitCode);

    /// <summary>The pattern as written back: <c>Terminated(Error)</c> for a pattern without exit code.</summary>
    public static string Describe(ContainerStateValue pattern) => pattern switch
    {
        { Kind: ContainerStateKind.Running } => "Running",
        { Reason: null, ExitCode: null } => pattern.Kind.ToString(),
        { Reason: "", ExitCode: null } => pattern.Kind + "()",
        { Kind: ContainerStateKind.Terminated, ExitCode: null } => "Terminated(" + pattern.Reason + ")",
        { Kind: ContainerStateKind.Terminated, Reason: null } => "Terminated(exitCode=" + pattern.ExitCode!.Value.ToString(CultureInfo.InvariantCulture) + ")",
        _ => pattern.ToString(),
    };
}
