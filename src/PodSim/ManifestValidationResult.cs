using PodSim.Manifests;

namespace PodSim;

/// <summary>What <see cref="ManifestValidation"/> found: every object defaulted, and every problem located.</summary>
/// <param name="Objects">The objects in source order, each defaulted, with its own errors.</param>
/// <param name="Diagnostics">
/// The loader's errors and warnings (malformed YAML, unknown fields, wrong types, a missing file), then the validation
/// errors of the objects in order; each prints as <c>file:line:column: Kind/name: field.path: Type: detail</c>.
/// </param>
public sealed record ManifestValidationResult(IReadOnlyList<ValidatedObject> Objects, IReadOnlyList<ManifestDiagnostic> Diagnostics)
{
    /// <summary>Gets a value indicating whether there is no error (warnings allowed).</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>Gets the errors, loading ones first.</summary>
    public IReadOnlyList<ManifestDiagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

    /// <summary>Gets the warnings.</summary>
    public IReadOnlyList<ManifestDiagnostic> Warnings => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).ToList();
}
