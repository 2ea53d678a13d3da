namespace PodSim.Testing;

/// <summary>Counts that read as English in assertions: <c>ThatRestarted(3.Times())</c>.</summary>
public static class CountExtensions
{
    /// <summary>Reads a count as a number of times.</summary>
    /// <param name="count">The count.</param>
    /// <returns><paramref name="count"/>.</returns>
    public static int Times(this int count) => count;
}
