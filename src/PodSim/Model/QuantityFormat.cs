namespace PodSim.Model;

/// <summary>
/// The notation a <see cref="Quantity"/> is written in, like Kubernetes' <c>resource.Format</c>.
/// A quantity remembers the notation of the suffix it was parsed with and uses it again when printed.
/// </summary>
public enum QuantityFormat
{
    /// <summary>Decimal SI suffixes: <c>n u m "" k M G T P E</c> (for example <c>12M</c> is 12 × 10^6).</summary>
    DecimalSI = 0,

    /// <summary>Binary SI suffixes: <c>Ki Mi Gi Ti Pi Ei</c> (for example <c>12Mi</c> is 12 × 2^20).</summary>
    BinarySI = 1,

    /// <summary>A decimal exponent: <c>e&lt;n&gt;</c> or <c>E&lt;n&gt;</c> (for example <c>12e6</c> is 12 × 10^6).</summary>
    DecimalExponent = 2,
}
