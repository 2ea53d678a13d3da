using System.Globalization;

namespace PodSim.Manifests;

/// <summary>A place in a manifest: the file (or source name), the 1-based line and the 1-based column.</summary>
/// <param name="File">The file path or source name, such as <c>pod.yaml</c> or <c>&lt;stdin&gt;</c>.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    /// <summary>Formats the location as <c>file:line:column</c>.</summary>
    /// <returns>The formatted location.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}");
}
