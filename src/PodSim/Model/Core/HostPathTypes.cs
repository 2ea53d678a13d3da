namespace PodSim.Model;

/// <summary>Well-known host path volume types.</summary>
public static class HostPathTypes
{
    /// <summary>No check is made before mounting.</summary>
    public const string Unset = "";

    /// <summary>A directory, created when missing.</summary>
    public const string DirectoryOrCreate = "DirectoryOrCreate";

    /// <summary>An existing directory.</summary>
    public const string Directory = "Directory";

    /// <summary>A file, created when missing.</summary>
    public const string FileOrCreate = "FileOrCreate";

    /// <summary>An existing file.</summary>
    public const string File = "File";

    /// <summary>An existing UNIX socket.</summary>
    public const string Socket = "Socket";

    /// <summary>An existing character device.</summary>
    public const string CharDevice = "CharDevice";

    /// <summary>An existing block device.</summary>
    public const string BlockDevice = "BlockDevice";
}
