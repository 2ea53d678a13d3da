using System.Collections.ObjectModel;

namespace PodSim.Model;

/// <summary>Shared immutable empty maps used as defaults of the model's map properties.</summary>
public static class EmptyMap
{
    /// <summary>Gets an empty string-to-string map.</summary>
    public static IReadOnlyDictionary<string, string> Strings => ReadOnlyDictionary<string, string>.Empty;

    /// <summary>Gets an empty resource list.</summary>
    public static IReadOnlyDictionary<string, Quantity> Quantities => ReadOnlyDictionary<string, Quantity>.Empty;
}
