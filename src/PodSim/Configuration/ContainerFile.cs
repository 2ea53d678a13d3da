namespace PodSim.Configuration;

/// <summary>A projected file as a container sees it through one of its mounts.</summary>
/// <param name="Path">The absolute path inside the container, such as <c>/etc/config/app.properties</c>.</param>
/// <param name="VolumeName">The volume the file comes from.</param>
/// <param name="File">The file within the volume (its path there, content and mode).</param>
public sealed record ContainerFile(string Path, string VolumeName, ProjectedFile File);
