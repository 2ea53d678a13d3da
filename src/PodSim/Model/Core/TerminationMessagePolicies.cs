namespace PodSim.Model;

/// <summary>Well-known values of a container's termination message policy.</summary>
public static class TerminationMessagePolicies
{
    /// <summary>Read the message only from the termination message file.</summary>
    public const string File = "File";

    /// <summary>Use the end of the container log when the file is empty and the container failed.</summary>
    public const string FallbackToLogsOnError = "FallbackToLogsOnError";
}
