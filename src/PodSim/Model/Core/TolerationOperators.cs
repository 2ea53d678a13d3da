namespace PodSim.Model;

/// <summary>Well-known toleration operators.</summary>
public static class TolerationOperators
{
    /// <summary>Match any value of the key.</summary>
    public const string Exists = "Exists";

    /// <summary>Match only the given value.</summary>
    public const string Equal = "Equal";
}
