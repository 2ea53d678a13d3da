namespace PodSim.Manifests;

/// <summary>What a scalar resolves to under the YAML rules Kubernetes' decoder applies.</summary>
internal enum ScalarKind
{
    /// <summary>A string: any quoted or block scalar, or a plain scalar that is nothing else.</summary>
    String,

    /// <summary>An integer such as <c>8080</c> or <c>-1</c>.</summary>
    Integer,

    /// <summary>A floating point number such as <c>0.5</c> or <c>1e3</c>.</summary>
    Float,

    /// <summary>A boolean: <c>true</c>/<c>false</c> and the YAML 1.1 spellings (<c>yes</c>, <c>off</c>, ...).</summary>
    Boolean,

    /// <summary>Null: <c>null</c>, <c>~</c> or an empty plain scalar.</summary>
    Null,
}
