namespace PodSim.Configuration;

/// <summary>
/// The parts of an image's configuration that decide how its process starts: the Docker <c>ENTRYPOINT</c>,
/// <c>CMD</c>, <c>USER</c> and <c>WORKDIR</c>.
/// </summary>
public sealed record ImageConfig
{
    /// <summary>Gets the image's entrypoint.</summary>
    public IReadOnlyList<string> Entrypoint { get; init; } = [];

    /// <summary>Gets the image's default arguments.</summary>
    public IReadOnlyList<string> Cmd { get; init; } = [];

    /// <summary>Gets the image's user, such as <c>1000</c>, <c>1000:3000</c> or <c>nginx</c>; empty means root.</summary>
    public string? User { get; init; }

    /// <summary>Gets the image's working directory.</summary>
    public string? WorkingDir { get; init; }
}
