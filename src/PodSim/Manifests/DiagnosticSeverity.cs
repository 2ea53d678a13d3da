namespace PodSim.Manifests;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Something the user should know about that does not stop loading (an unknown field, a skipped kind).</summary>
    Warning,

    /// <summary>The input cannot be used as written.</summary>
    Error,
}
