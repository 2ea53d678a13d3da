using System.Globalization;
using PodSim.Engine;
using PodSim.Model;

namespace PodSim;

/// <summary>
/// A change of one observable field of an object, for assertions in tests:
/// <c>+20s Pod/default/web status.containerStatuses[app].restartCount: 1 -> 2</c>.
/// </summary>
/// <remarks>
/// The strings are the record as written; the typed members read them on each access (nothing is cached, so a copy
/// made with <c>with</c> reads its own strings): <see cref="ObjectKey"/> and <see cref="FieldKey"/> say what changed,
/// and <see cref="FromState"/>, <see cref="FromBool"/>, <see cref="FromInt"/> and <see cref="FromTime"/> (and their
/// <c>To</c> twins) give the values of the fields that have a type, and null for the others.
/// </remarks>
/// <param name="Offset">The virtual time of the change, measured from the simulation's start.</param>
/// <param name="Time">The virtual time of the change.</param>
/// <param name="Object">The object as <c>Kind/namespace/name</c>.</param>
/// <param name="Field">The field, such as <c>status.phase</c> or <c>status.conditions[Ready]</c>.</param>
/// <param name="From">The old value, or <see langword="null"/> when the field did not exist (or the object was created).</param>
/// <param name="To">The new value, or <see langword="null"/> when the field or object went away.</param>
public sealed record Transition(TimeSpan Offset, DateTimeOffset Time, string Object, string Field, string? From, string? To)
{
    /// <summary>Gets the object, read from <see cref="Object"/>.</summary>
    public ObjectKey ObjectKey => ObjectKey.Parse(Object);

    /// <summary>Gets the field, read from <see cref="Field"/>.</summary>
    public FieldKey FieldKey => FieldKey.Parse(Field);

    /// <summary>Gets the old state of a <see cref="FieldKind.ContainerState"/> transition; null for other fields or no old state.</summary>
    public ContainerStateValue? FromState => State(From);

    /// <summary>Gets the new state of a <see cref="FieldKind.ContainerState"/> transition; null for other fields.</summary>
    public ContainerStateValue? ToState => State(To);

    /// <summary>
    /// Gets the old value of a yes-or-no field: a container's <c>ready</c> or <c>started</c>, a condition
    /// (<c>True</c> or <c>False</c>; <c>Unknown</c> is null) or the object's presence (<c>present</c> is true,
    /// <c>deleted</c> false); null for other fields or no old value.
    /// </summary>
    public bool? FromBool => Bool(From);

    /// <summary>Gets the new value of a yes-or-no field, as <see cref="FromBool"/> reads it.</summary>
    public bool? ToBool => Bool(To);

    /// <summary>Gets the old value of a <see cref="FieldKind.RestartCount"/> transition; null for other fields.</summary>
    public int? FromInt => Int(From);

    /// <summary>Gets the new value of a <see cref="FieldKind.RestartCount"/> transition; null for other fields.</summary>
    public int? ToInt => Int(To);

    /// <summary>Gets the old value of a <see cref="FieldKind.DeletionTimestamp"/> transition; null for other fields or none.</summary>
    public DateTimeOffset? FromTime => Timestamp(From);

    /// <summary>Gets the new value of a <see cref="FieldKind.DeletionTimestamp"/> transition; null for other fields.</summary>
    public DateTimeOffset? ToTime => Timestamp(To);

    /// <summary>Formats the transition as <c>+20s Pod/default/web status.phase: Pending -&gt; Running</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "+" + GoDuration.Format(Offset) + " " + Object + " " + Field + ": " + (From ?? "<none>") + " -> " + (To ?? "<none>");

    private ContainerStateValue? State(string? value) =>
        FieldKey.Kind == FieldKind.ContainerState && ContainerStateValue.TryParse(value, out var state) ? state : null;

    private bool? Bool(string? value) => FieldKey.Kind switch
    {
        FieldKind.ContainerReady or FieldKind.ContainerStarted => value switch { "true" => true, "false" => false, _ => null },
        FieldKind.Condition => value switch { ConditionStatuses.True => true, ConditionStatuses.False => false, _ => null },
        FieldKind.Presence => value switch { "present" => true, "deleted" => false, _ => null },
        _ => null,
    };

    private int? Int(string? value) =>
        FieldKey.Kind == FieldKind.RestartCount && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : null;

    private DateTimeOffset? Timestamp(string? value) =>
        FieldKey.Kind == FieldKind.DeletionTimestamp
        && DateTimeOffset.TryParseExact(value, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : null;
}
