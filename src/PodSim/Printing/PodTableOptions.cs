namespace PodSim.Printing;

/// <summary>Options of <see cref="PodTablePrinter"/>, mirroring the <c>kubectl get pods</c> flags.</summary>
public sealed record PodTableOptions
{
    /// <summary>Gets the default table (<c>-o table</c>): the five standard columns.</summary>
    public static PodTableOptions Table { get; } = new();

    /// <summary>Gets the wide table (<c>-o wide</c>): adds IP, NODE, NOMINATED NODE and READINESS GATES.</summary>
    public static PodTableOptions WideTable { get; } = new() { Wide = true };

    /// <summary>Gets a value indicating whether the wide columns are printed (<c>-o wide</c>).</summary>
    public bool Wide { get; init; }

    /// <summary>Gets a value indicating whether a NAMESPACE column comes first (<c>-A</c> / <c>--all-namespaces</c>).</summary>
    public bool WithNamespace { get; init; }

    /// <summary>Gets a value indicating whether a LABELS column comes last (<c>--show-labels</c>).</summary>
    public bool ShowLabels { get; init; }

    /// <summary>Gets a value indicating whether the header line is left out (<c>--no-headers</c>).</summary>
    public bool NoHeaders { get; init; }
}
