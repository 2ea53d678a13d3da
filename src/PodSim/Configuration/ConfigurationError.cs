namespace PodSim.Configuration;

/// <summary>
/// A failure to configure a container, with the upstream reason and message, such as
/// <c>CreateContainerConfigError</c> / <c>configmap "cm" not found</c>.
/// </summary>
/// <param name="Reason">The reason (see <see cref="ConfigurationReasons"/>).</param>
/// <param name="Message">The upstream message.</param>
public sealed record ConfigurationError(string Reason, string Message)
{
    /// <summary>Creates a <c>CreateContainerConfigError</c>.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The error.</returns>
    public static ConfigurationError ContainerConfig(string message) => new(ConfigurationReasons.CreateContainerConfigError, message);

    /// <inheritdoc/>
    public override string ToString() => Reason + ": " + Message;
}
