using PodSim.Model;

namespace PodSim.Scenarios;

/// <summary>How one image behaves on the simulated node and registry.</summary>
public sealed record ImageSpec
{
    /// <summary>Gets the image reference, exactly as containers name it.</summary>
    public string? Image { get; init; }

    /// <summary>Gets a value indicating whether the image is already on the node (default false).</summary>
    public bool? Present { get; init; }

    /// <summary>Gets how long a pull takes (default 0s).</summary>
    public GoDuration? PullDuration { get; init; }

    /// <summary>Gets how many pulls fail with ErrImagePull before one succeeds; <c>always</c> means the image does not exist.</summary>
    public IntOrString? FailPulls { get; init; }

    /// <summary>Gets the image size reported in the Pulled event (default 50Mi).</summary>
    public Quantity? Size { get; init; }

    /// <summary>Gets the image's ENTRYPOINT, used when a container gives no <c>command</c>.</summary>
    public IReadOnlyList<string> Entrypoint { get; init; } = [];

    /// <summary>Gets the image's CMD, used when a container gives neither <c>command</c> nor <c>args</c>.</summary>
    public IReadOnlyList<string> Cmd { get; init; } = [];

    /// <summary>Gets the image's USER (a name or uid[:gid]); unset means root, which <c>runAsNonRoot</c> refuses.</summary>
    public string? User { get; init; }

    /// <summary>Gets the image's WORKDIR.</summary>
    public string? WorkingDir { get; init; }

    /// <summary>The image's configuration as the container configuration rules take it.</summary>
    /// <returns>The configuration.</returns>
    public Configuration.ImageConfig ToImageConfig() => new()
    {
        Entrypoint = Entrypoint,
        Cmd = Cmd,
        User = User,
        WorkingDir = WorkingDir,
    };
}
