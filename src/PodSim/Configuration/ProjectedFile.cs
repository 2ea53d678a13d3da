using System.Globalization;
using System.Text;

namespace PodSim.Configuration;

/// <summary>A file a configMap, secret, downwardAPI or projected volume contains.</summary>
/// <param name="Path">The file's path relative to the volume root, such as <c>my-group/my-config</c>.</param>
/// <param name="Content">The file's bytes.</param>
/// <param name="Mode">The permission bits (decimal; 420 is <c>0644</c>).</param>
public sealed record ProjectedFile(string Path, ReadOnlyMemory<byte> Content, int Mode)
{
    /// <summary>Gets the content decoded as UTF-8.</summary>
    public string Text => Encoding.UTF8.GetString(Content.Span);

    /// <summary>Gets the mode as four octal digits, such as <c>0644</c>.</summary>
    public string OctalMode => "0" + Convert.ToString(Mode & 0xFFF, 8).PadLeft(3, '0');

    /// <summary>Compares path, mode and content bytes.</summary>
    /// <param name="other">The other file.</param>
    /// <returns>Whether both describe the same file.</returns>
    public bool Equals(ProjectedFile? other) =>
        other is not null
        && string.Equals(Path, other.Path, StringComparison.Ordinal)
        && Mode == other.Mode
        && Content.Span.SequenceEqual(other.Content.Span);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Path, Mode, Content.Length);

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Path} ({OctalMode}, {Content.Length} bytes)");
}
