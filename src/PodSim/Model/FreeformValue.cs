namespace PodSim.Model;

/// <summary>
/// A value of a field PodSim carries without interpreting it (managed fields, the status of workload objects, volume
/// sources it does not simulate...): a JSON-like tree of <see cref="FreeformMapping"/>, <see cref="FreeformSequence"/>
/// and <see cref="FreeformScalar"/>. Values are immutable and compare by reference, as the model's lists do; compare two
/// values by what they write (<c>ManifestWriter</c>) when their content matters.
/// </summary>
/// <remarks>
/// The model owns this type so that it depends on no other part of the library; the manifest reader turns the part of
/// its syntax tree under such a field into this form, without the source places, which stay with the reader.
/// </remarks>
public abstract class FreeformValue
{
    private protected FreeformValue()
    {
    }
}
