namespace PodSim.Manifests;

/// <summary>Internal signal that a document cannot be read; the reader turns it into a diagnostic.</summary>
internal sealed class ManifestReadException : Exception
{
    public ManifestReadException(SourceLocation location, string message, string? fieldPath = null)
        : base(message)
    {
        Location = location;
        FieldPath = fieldPath;
    }

    public SourceLocation Location { get; }

    public string? FieldPath { get; }
}
