namespace PodSim.Manifests;

/// <summary>One document of a source: its index in the file (0-based) and its root node.</summary>
/// <param name="Index">The 0-based index of the document in its source.</param>
/// <param name="Root">The root node, or <see langword="null"/> for an empty document.</param>
/// <param name="Location">Where the document starts.</param>
internal sealed record ParsedDocument(int Index, ManifestNode? Root, SourceLocation Location);
