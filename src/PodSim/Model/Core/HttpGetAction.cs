namespace PodSim.Model;

/// <summary>An HTTP GET request made against a container.</summary>
public sealed record HttpGetAction
{
    /// <summary>Gets the request path.</summary>
    public string? Path { get; init; }

    /// <summary>Gets the port, by number or by name.</summary>
    public IntOrString? Port { get; init; }

    /// <summary>Gets the host to connect to; defaults to the pod IP.</summary>
    public string? Host { get; init; }

    /// <summary>Gets the scheme used (see <see cref="UriSchemes"/>).</summary>
    public string? Scheme { get; init; }

    /// <summary>Gets extra headers sent with the request.</summary>
    public IReadOnlyList<HttpHeader> HttpHeaders { get; init; } = [];
}
