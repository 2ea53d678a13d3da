namespace PodSim.Printing;

/// <summary>
/// One row of <c>kubectl get pods</c>, computed by <see cref="PodRowBuilder.Build"/>. The first five properties are
/// the default columns; <see cref="IP"/>, <see cref="Node"/>, <see cref="NominatedNode"/> and
/// <see cref="ReadinessGates"/> are the extra <c>-o wide</c> columns.
/// </summary>
public sealed record PodRow
{
    /// <summary>Gets the NAME cell: the pod's name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the READY cell, <c>"&lt;ready&gt;/&lt;total&gt;"</c>.</summary>
    public string Ready => $"{ReadyContainers}/{TotalContainers}";

    /// <summary>Gets the number of ready containers: running ready app containers plus started ready sidecars.</summary>
    public required int ReadyContainers { get; init; }

    /// <summary>Gets the number of app containers plus sidecars (init containers with <c>restartPolicy: Always</c>).</summary>
    public required int TotalContainers { get; init; }

    /// <summary>Gets the STATUS cell, such as <c>Running</c>, <c>Init:0/2</c> or <c>CrashLoopBackOff</c>.</summary>
    public required string Status { get; init; }

    /// <summary>Gets the restart count that the RESTARTS cell shows.</summary>
    public required int RestartCount { get; init; }

    /// <summary>Gets the latest <c>lastState.terminated.finishedAt</c> among the counted containers, if any.</summary>
    public DateTimeOffset? LastRestart { get; init; }

    /// <summary>Gets the RESTARTS cell, such as <c>0</c> or <c>5 (2m30s ago)</c>.</summary>
    public required string Restarts { get; init; }

    /// <summary>Gets the AGE cell, from the creation timestamp (<c>&lt;unknown&gt;</c> when unset).</summary>
    public required string Age { get; init; }

    /// <summary>Gets the wide IP cell: the first pod IP, or <c>&lt;none&gt;</c>.</summary>
    public required string IP { get; init; }

    /// <summary>Gets the wide NODE cell: the node the pod is bound to, or <c>&lt;none&gt;</c>.</summary>
    public required string Node { get; init; }

    /// <summary>Gets the wide NOMINATED NODE cell, or <c>&lt;none&gt;</c>.</summary>
    public required string NominatedNode { get; init; }

    /// <summary>Gets the wide READINESS GATES cell, <c>"&lt;true&gt;/&lt;gates&gt;"</c>, or <c>&lt;none&gt;</c> without gates.</summary>
    public required string ReadinessGates { get; init; }
}
