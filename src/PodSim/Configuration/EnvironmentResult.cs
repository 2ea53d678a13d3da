namespace PodSim.Configuration;

/// <summary>The outcome of resolving a container's environment.</summary>
/// <param name="Variables">
/// The variables in a stable order: envFrom keys (each source's keys in ordinal order), then env entries in
/// declaration order, then service-link variables not already set (Services by name). A name set twice keeps its
/// first position and takes the later value. Upstream hands the runtime a map, so its order is unspecified.
/// When <paramref name="Error"/> is set these are only the variables resolved before the failure.
/// </param>
/// <param name="Events">Warning events recorded while resolving (invalid envFrom keys).</param>
/// <param name="Error">The <c>CreateContainerConfigError</c> that stops the container from starting, if any.</param>
public sealed record EnvironmentResult(
    IReadOnlyList<EnvironmentVariable> Variables,
    IReadOnlyList<ConfigurationEvent> Events,
    ConfigurationError? Error)
{
    /// <summary>Gets a value indicating whether the environment resolved without error.</summary>
    public bool Succeeded => Error is null;

    /// <summary>Returns the value of a variable, or null when it is not set.</summary>
    /// <param name="name">The variable name.</param>
    /// <returns>The value.</returns>
    public string? this[string name]
    {
        get
        {
            foreach (var variable in Variables)
            {
                if (string.Equals(variable.Name, name, StringComparison.Ordinal))
                {
                    return variable.Value;
                }
            }

            return null;
        }
    }
}
