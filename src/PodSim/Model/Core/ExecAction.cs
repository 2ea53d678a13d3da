namespace PodSim.Model;

/// <summary>A command run inside a container.</summary>
public sealed record ExecAction
{
    /// <summary>Gets the command line, run without a shell.</summary>
    public IReadOnlyList<string> Command { get; init; } = [];
}
