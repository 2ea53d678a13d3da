using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using PodSim.Model;

namespace PodSim;

/// <summary>
/// A container's state as the transition log writes it: <c>Running</c>, <c>Waiting(CrashLoopBackOff)</c> or
/// <c>Terminated(Error, exitCode=1)</c>. An empty reason is read as none.
/// </summary>
/// <param name="Kind">Which state is set.</param>
/// <param name="Reason">The waiting or terminated reason, if any.</param>
/// <param name="ExitCode">The exit code of a terminated container, if known.</param>
public sealed record ContainerStateValue(ContainerStateKind Kind, string? Reason = null, int? ExitCode = null)
{
    private const string TerminatedPrefix = "Terminated(";
    private const string WaitingPrefix = "Waiting(";
    private const string ExitCodeSeparator = ", exitCode=";

    /// <summary>Gets the running state.</summary>
    public static ContainerStateValue Running { get; } = new(ContainerStateKind.Running);

    /// <summary>A waiting state.</summary>
    /// <param name="reason">The reason, such as <c>CrashLoopBackOff</c>.</param>
    /// <returns>The state.</returns>
    public static ContainerStateValue Waiting(string? reason) => new(ContainerStateKind.Waiting, string.IsNullOrEmpty(reason) ? null : reason);

    /// <summary>A terminated state.</summary>
    /// <param name="reason">The reason, such as <c>Error</c>.</param>
    /// <param name="exitCode">The exit code.</param>
    /// <returns>The state.</returns>
    public static ContainerStateValue Terminated(string? reason, int? exitCode) =>
        new(ContainerStateKind.Terminated, string.IsNullOrEmpty(reason) ? null : reason, exitCode);

    /// <summary>The state of a container status, as the kubelet's transition log summarizes it.</summary>
    /// <param name="state">The state; none is read as waiting without a reason, as the log writes it.</param>
    /// <returns>The state.</returns>
    public static ContainerStateValue FromModel(ContainerState? state)
    {
        if (state?.Running is not null)
        {
            return Running;
        }

        return state?.Terminated is { } t ? Terminated(t.Reason, t.ExitCode) : Waiting(state?.Waiting?.Reason);
    }

    /// <summary>Reads the text of <see cref="ToString"/>.</summary>
    /// <param name="text">The text, such as <c>Terminated(Error, exitCode=1)</c>.</param>
    /// <returns>The state.</returns>
    /// <exception cref="FormatException">The text is not of that form.</exception>
    public static ContainerStateValue Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException("not a container state (Running, Waiting(reason) or Terminated(reason, exitCode=n)): \"" + text + "\"");

    /// <summary>Reads the text of <see cref="ToString"/>.</summary>
    /// <param name="text">The text, such as <c>Waiting(ContainerCreating)</c>.</param>
    /// <param name="value">The state, when the text is one.</param>
    /// <returns>Whether the text is a container state.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out ContainerStateValue? value)
    {
        value = null;
        if (text is null)
        {
            return false;
        }

        if (text == "Running")
        {
            value = Running;
        }
        else if (text.StartsWith(WaitingPrefix, StringComparison.Ordinal) && text.EndsWith(')'))
        {
            value = Waiting(text[WaitingPrefix.Length..^1]);
        }
        else if (text.StartsWith(TerminatedPrefix, StringComparison.Ordinal) && text.EndsWith(')')
            && text.LastIndexOf(ExitCodeSeparator, StringComparison.Ordinal) is var separator and >= 0
            && separator >= TerminatedPrefix.Length)
        {
            var code = text[(separator + ExitCodeSeparator.Length)..^1];
            int? exitCode = null;
            if (code.Length > 0)
            {
                // As the log writes an int: a minus sign only, never "+1" or "-0".
                if (code[0] == '+' || code.StartsWith("-0", StringComparison.Ordinal)
                    || !int.TryParse(code, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
                {
                    return false;
                }

                exitCode = parsed;
            }

            value = Terminated(text[TerminatedPrefix.Length..separator], exitCode);
        }

        return value is not null;
    }

    /// <summary>Formats the state as the transition log does: <c>Terminated(Error, exitCode=1)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        ContainerStateKind.Running => "Running",
        ContainerStateKind.Terminated => TerminatedPrefix + Reason + ExitCodeSeparator + ExitCode?.ToString(CultureInfo.InvariantCulture) + ")",
        _ => WaitingPrefix + Reason + ")",
    };
}
