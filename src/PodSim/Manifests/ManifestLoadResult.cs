namespace PodSim.Manifests;

/// <summary>What loading one or more manifests produced: the objects in source order and every diagnostic.</summary>
/// <param name="Objects">The objects, in file order then document order.</param>
/// <param name="Diagnostics">Errors and warnings, in the order they were found.</param>
public sealed record ManifestLoadResult(IReadOnlyList<LoadedObject> Objects, IReadOnlyList<ManifestDiagnostic> Diagnostics)
{
    /// <summary>Gets a value indicating whether any diagnostic is an error.</summary>
    public bool HasErrors
    {
        get
        {
            foreach (var d in Diagnostics)
            {
                if (d.Severity == DiagnosticSeverity.Error)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Gets the errors.</summary>
    public IReadOnlyList<ManifestDiagnostic> Errors => Filter(DiagnosticSeverity.Error);

    /// <summary>Gets the warnings.</summary>
    public IReadOnlyList<ManifestDiagnostic> Warnings => Filter(DiagnosticSeverity.Warning);

    /// <summary>Gets the objects of one model type, in source order.</summary>
    /// <typeparam name="T">The model type, such as <see cref="Model.Pod"/>.</typeparam>
    /// <returns>The objects.</returns>
    public IReadOnlyList<T> OfType<T>()
        where T : Model.KubeObject
    {
        var list = new List<T>();
        foreach (var o in Objects)
        {
            if (o.Object is T t)
            {
                list.Add(t);
            }
        }

        return list;
    }

    private List<ManifestDiagnostic> Filter(DiagnosticSeverity severity)
    {
        var list = new List<ManifestDiagnostic>();
        foreach (var d in Diagnostics)
        {
            if (d.Severity == severity)
            {
                list.Add(d);
            }
        }

        return list;
    }
}
