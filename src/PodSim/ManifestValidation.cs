using PodSim.Defaulting;
using PodSim.Manifests;
using PodSim.Model;
using PodSim.Scenarios;
using PodSim.Validation;

namespace PodSim;

/// <summary>
/// Checks manifests as the API server would on create, without simulating anything: load, default, validate, each
/// error located at its file, line and column. <c>podsim validate</c> is this call and a printout.
/// </summary>
/// <remarks>
/// Besides each object's own validation, a file is checked as one run of it would be: a second Scenario in the file
/// (<c>only one Scenario may be given</c>) and two objects of one kind with the same namespace and name
/// (<c>metadata.name: Duplicate value</c>). Files are checked apart, so a directory of independent scenarios is valid.
/// </remarks>
public static class ManifestValidation
{
    /// <summary>Loads, defaults and validates YAML (or JSON) text.</summary>
    /// <param name="yaml">The text; documents separated by <c>---</c>.</param>
    /// <param name="sourceName">The name locations give the text, such as a file name.</param>
    /// <returns>The defaulted objects and every diagnostic.</returns>
    public static ManifestValidationResult ValidateYaml(string yaml, string sourceName = Simulation.YamlSourceName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(sourceName);
        return Validate(new ManifestLoader().LoadString(yaml, sourceName));
    }

    /// <summary>
    /// Loads, defaults and validates manifest files (a directory stands for its <c>.yaml</c>, <c>.yml</c> and
    /// <c>.json</c> files); a missing file is an error of the result, not an exception. Each file is checked as a run
    /// of its own, as <c>podsim validate</c> checks a folder of scenarios: a second Scenario or a repeated name is
    /// refused within a file, not across files (<see cref="Simulation.FromFiles"/>, which loads its files into one
    /// cluster, refuses those too).
    /// </summary>
    /// <param name="paths">The files.</param>
    /// <returns>The defaulted objects and every diagnostic.</returns>
    public static ManifestValidationResult ValidateFiles(params string[] paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return Validate(new ManifestLoader().LoadFiles(paths));
    }

    /// <summary>Defaults and validates manifests loaded already.</summary>
    /// <param name="manifests">The loaded manifests; their diagnostics come first in the result.</param>
    /// <returns>The defaulted objects and every diagnostic.</returns>
    public static ManifestValidationResult Validate(ManifestLoadResult manifests)
    {
        ArgumentNullException.ThrowIfNull(manifests);
        var diagnostics = new List<ManifestDiagnostic>(manifests.Diagnostics);
        var objects = new List<ValidatedObject>(manifests.Objects.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var scenarioFiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var loaded in manifests.Objects)
        {
            var obj = ApiDefaults.Apply(loaded.Object);
            var errors = new List<ManifestDiagnostic>();
            foreach (var error in ObjectValidator.ValidateDefaulted(obj))
            {
                errors.Add(Located(loaded, error));
            }

            // What running one file would refuse: a second Scenario, or the same name twice. Each file counts as its
            // own run (`podsim validate samples/scenarios` checks many scenarios at once); Simulation.FromFiles, which
            // loads its files into one cluster, also refuses these across files.
            var file = loaded.Location.File;
            if (obj is Scenario && !scenarioFiles.Add(file))
            {
                errors.Add(new ManifestDiagnostic(DiagnosticSeverity.Error, "only one Scenario may be given", loaded.Location, loaded.Reference));
            }
            else if (obj is not Scenario && !string.IsNullOrEmpty(obj.Metadata.Name) && !seen.Add(file + "\u001f" + Key(obj)))
            {
                errors.Add(Located(loaded, FieldError.Duplicate("metadata.name", obj.Metadata.Name)));
            }

            diagnostics.AddRange(errors);
            objects.Add(new ValidatedObject(loaded, obj, errors));
        }

        return new ManifestValidationResult(objects, diagnostics);
    }

    private static ManifestDiagnostic Located(LoadedObject loaded, FieldError error) =>
        error.Field.Length > 0
            ? new ManifestDiagnostic(DiagnosticSeverity.Error, error.Body, loaded.LocateField(error.Field), loaded.Reference, error.Field)
            : new ManifestDiagnostic(DiagnosticSeverity.Error, error.Body, loaded.Location, loaded.Reference);

    private static string Key(KubeObject obj)
    {
        var ns = ApiResources.IsNamespaced(obj.Kind) ? obj.Metadata.Namespace ?? "default" : string.Empty;
        return obj.Kind + "/" + ns + "/" + obj.Metadata.Name;
    }
}
