namespace PodSim.Model;

/// <summary>A sequence (JSON array) of a free-form value.</summary>
public sealed class FreeformSequence : FreeformValue
{
    /// <summary>Initializes a new instance of the <see cref="FreeformSequence"/> class.</summary>
    /// <param name="items">The items in order (copied); a null item is a <see cref="FreeformScalar"/> of kind <see cref="FreeformScalarKind.Null"/>.</param>
    /// <exception cref="ArgumentException">An item is <see langword="null"/>.</exception>
    public FreeformSequence(IEnumerable<FreeformValue> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        FreeformValue[] copy = [.. items];
        if (Array.IndexOf(copy, null) >= 0)
        {
            throw new ArgumentException("a free-form sequence item cannot be null; use a null scalar", nameof(items));
        }

        Items = copy;
    }

    /// <summary>Gets the items in order.</summary>
    public IReadOnlyList<FreeformValue> Items { get; }
}
