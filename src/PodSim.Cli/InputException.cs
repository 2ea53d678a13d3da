namespace PodSim.Cli;

/// <summary>The input is invalid or the simulation failed or was interrupted: one line per problem on standard error.</summary>
internal sealed class InputException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="InputException"/> class.</summary>
    /// <param name="lines">The lines to print, one per problem.</param>
    public InputException(IReadOnlyList<string> lines)
        : base(string.Join("\n", lines ?? []))
    {
        Lines = lines ?? [];
    }

    /// <summary>Initializes a new instance of the <see cref="InputException"/> class.</summary>
    public InputException()
        : this([])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="InputException"/> class.</summary>
    /// <param name="message">The one line to print.</param>
    public InputException(string message)
        : this([message])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="InputException"/> class.</summary>
    /// <param name="message">The one line to print.</param>
    /// <param name="innerException">The cause.</param>
    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Lines = [message];
    }

    /// <summary>Gets the lines to print.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>Gets the exit code: 1, or 130 for a run interrupted by Ctrl-C.</summary>
    public int ExitCode { get; init; } = 1;
}
