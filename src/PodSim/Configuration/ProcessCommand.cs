namespace PodSim.Configuration;

/// <summary>How a container's process is started.</summary>
/// <param name="Command">The container's <c>command</c> after <c>$(VAR)</c> expansion (empty when not set).</param>
/// <param name="Args">The container's <c>args</c> after <c>$(VAR)</c> expansion (empty when not set).</param>
/// <param name="Argv">
/// The process's argument vector after the runtime combines them with the image: <c>command</c> replaces the
/// image's entrypoint and drops its cmd, <c>args</c> alone replace the image's cmd. Empty when neither the
/// container nor the image says what to run.
/// </param>
/// <param name="WorkingDir">The working directory: the container's <c>workingDir</c>, else the image's, else null.</param>
public sealed record ProcessCommand(
    IReadOnlyList<string> Command,
    IReadOnlyList<string> Args,
    IReadOnlyList<string> Argv,
    string? WorkingDir);
