using PodSim.Manifests;
using PodSim.Model;

namespace PodSim;

/// <summary>One object checked by <see cref="ManifestValidation"/>.</summary>
/// <param name="Source">The object as loaded, with where it came from.</param>
/// <param name="Object">The object with the API server's defaults applied, as it would be validated and stored.</param>
/// <param name="Errors">Its validation errors, each located in the source; empty when it is valid.</param>
public sealed record ValidatedObject(LoadedObject Source, KubeObject Object, IReadOnlyList<ManifestDiagnostic> Errors);
