namespace PodSim.Model;

/// <summary>What a <see cref="FreeformScalar"/> holds, as JSON tells its scalars apart.</summary>
public enum FreeformScalarKind
{
    /// <summary>A string.</summary>
    String,

    /// <summary>An integer such as <c>8080</c> or <c>-1</c>.</summary>
    Integer,

    /// <summary>A floating point number such as <c>0.5</c> or <c>1e3</c>.</summary>
    Float,

    /// <summary>A boolean.</summary>
    Boolean,

    /// <summary>Null.</summary>
    Null,
}
