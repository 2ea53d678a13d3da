namespace PodSim.Cli.CommandLine;

/// <summary>The command line is wrong (unknown flag, missing argument, bad flag value): exit code 2.</summary>
internal sealed class UsageException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="UsageException"/> class.</summary>
    /// <param name="message">What is wrong, one line.</param>
    /// <param name="commandPath">The command whose help to point at, such as <c>get pods</c>; empty for the tool.</param>
    public UsageException(string message, string commandPath)
        : base(message)
    {
        CommandPath = commandPath;
    }

    /// <summary>Initializes a new instance of the <see cref="UsageException"/> class.</summary>
    public UsageException()
        : this("usage error", string.Empty)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="UsageException"/> class.</summary>
    /// <param name="message">What is wrong.</param>
    public UsageException(string message)
        : this(message, string.Empty)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="UsageException"/> class.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
        CommandPath = string.Empty;
    }

    /// <summary>Gets the command whose help the error points at.</summary>
    public string CommandPath { get; } = string.Empty;
}
