using Microsoft.Extensions.Logging;

namespace PodSim;

/// <summary>
/// The simulation's log messages, source-generated with stable event IDs. Per-event messages are Debug level so that
/// hot paths cost nothing unless a user asks for them.
/// </summary>
internal static partial class SimulationLog
{
    [LoggerMessage(EventId = 1001, EventName = "TransitionRecorded", Level = LogLevel.Debug,
        Message = "+{Offset} {Object} {Field}: {From} -> {To}")]
    public static partial void TransitionRecorded(ILogger logger, TimeSpan offset, string @object, string field, string? from, string? to);

    [LoggerMessage(EventId = 1002, EventName = "EventRecorded", Level = LogLevel.Debug,
        Message = "+{Offset} {Type} {Reason} {Kind}/{Namespace}/{Name} {FieldPath}: {Message}")]
    public static partial void EventRecorded(ILogger logger, TimeSpan offset, string type, string reason, string? kind, string? @namespace, string? name, string? fieldPath, string message);

    [LoggerMessage(EventId = 1003, EventName = "ObjectCreated", Level = LogLevel.Information,
        Message = "+{Offset} created {Kind} {Namespace}/{Name} uid={Uid}")]
    public static partial void ObjectCreated(ILogger logger, TimeSpan offset, string? kind, string? @namespace, string? name, string? uid);

    [LoggerMessage(EventId = 1004, EventName = "ActionFailed", Level = LogLevel.Warning,
        Message = "+{Offset} scenario action {Path} did nothing: {Problem}")]
    public static partial void ActionFailed(ILogger logger, TimeSpan offset, string path, string problem);
}
