namespace PodSim;

/// <summary>The input of a simulation is invalid: each problem names the file, the object and the field.</summary>
public sealed class SimulationInputException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="SimulationInputException"/> class.</summary>
    /// <param name="problems">The problems, one line each.</param>
    public SimulationInputException(IReadOnlyList<string> problems)
        : base(string.Join(Environment.NewLine, problems ?? []))
    {
        Problems = problems ?? [];
    }

    /// <summary>Initializes a new instance of the <see cref="SimulationInputException"/> class.</summary>
    public SimulationInputException()
        : this([])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SimulationInputException"/> class.</summary>
    /// <param name="message">The message.</param>
    public SimulationInputException(string message)
        : this([message])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SimulationInputException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public SimulationInputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    /// <summary>Gets the problems, one line each.</summary>
    public IReadOnlyList<string> Problems { get; }
}
