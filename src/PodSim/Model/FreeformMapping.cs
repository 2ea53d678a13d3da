using System.Diagnostics.CodeAnalysis;

namespace PodSim.Model;

/// <summary>A mapping (JSON object) of a free-form value: its entries in the order written, keys unique.</summary>
public sealed class FreeformMapping : FreeformValue
{
    /// <summary>Initializes a new instance of the <see cref="FreeformMapping"/> class.</summary>
    /// <param name="entries">The entries in order (copied); keys must be unique.</param>
    /// <exception cref="ArgumentException">A key is repeated, or a key or value is <see langword="null"/>.</exception>
    public FreeformMapping(IEnumerable<KeyValuePair<string, FreeformValue>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        KeyValuePair<string, FreeformValue>[] copy = [.. entries];
        var keys = new HashSet<string>(copy.Length, StringComparer.Ordinal);
        foreach (var (key, value) in copy)
        {
            if (key is null || value is null)
            {
                throw new ArgumentException("a free-form mapping entry needs a key and a value; use a null scalar for null", nameof(entries));
            }

            if (!keys.Add(key))
            {
                throw new ArgumentException("the key \"" + key + "\" is repeated in a free-form mapping", nameof(entries));
            }
        }

        Entries = copy;
    }

    /// <summary>Gets the entries in order.</summary>
    public IReadOnlyList<KeyValuePair<string, FreeformValue>> Entries { get; }

    /// <summary>Finds the value of a key.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value, when found.</param>
    /// <returns>Whether the key is present.</returns>
    public bool TryGetValue(string key, [NotNullWhen(true)] out FreeformValue? value)
    {
        for (var i = 0; i < Entries.Count; i++)
        {
            if (string.Equals(Entries[i].Key, key, StringComparison.Ordinal))
            {
                value = Entries[i].Value;
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <summary>Gets the text of a string entry, or <see langword="null"/> when the key is absent or its value not a string.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The text.</returns>
    public string? GetString(string key) => TryGetValue(key, out var v) && v is FreeformScalar s ? s.StringValue : null;
}
