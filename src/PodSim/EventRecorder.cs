using System.Globalization;
using PodSim.Engine;
using PodSim.Model;

namespace PodSim;

/// <summary>
/// Records Kubernetes events and aggregates identical repeats (same object, field, type, reason, message and source)
/// into one event object with a count and first/last timestamps, as the client-go event correlator does.
/// </summary>
internal sealed class EventRecorder
{
    /// <summary>How long the API server keeps an event after its last occurrence (kube-apiserver <c>--event-ttl</c>, 1h).</summary>
    public static readonly TimeSpan EventTtl = TimeSpan.FromHours(1);

    private readonly List<Event> _events = [];
    private readonly List<RecordedEvent> _occurrences = [];
    private readonly Dictionary<(string?, string?, string?, string?, string?, string, string, string, string, string?), int> _index = [];
    private readonly Dictionary<string, int> _namesAtInstant = new(StringComparer.Ordinal);
    private DateTimeOffset _namesInstant;
    private int _nextExpiryCheck = 1024;
    private DateTimeOffset _lastExpiry = DateTimeOffset.MinValue;

    public IReadOnlyList<Event> Events => _events;

    public IReadOnlyList<RecordedEvent> Occurrences => _occurrences;

    public RecordedEvent Record(TimeSpan offset, DateTimeOffset time, ObjectReference involved, string type, string reason, string message, string component, string? host, bool keepOccurrence)
    {
        if (_events.Count >= _nextExpiryCheck || time - _lastExpiry >= TimeSpan.FromMinutes(1))
        {
            Expire(time);
        }

        var key = (involved.Kind, involved.Namespace, involved.Name, involved.Uid, involved.FieldPath, type, reason, message, component, host);
        Event current;
        if (_index.TryGetValue(key, out var i))
        {
            current = _events[i] with { Count = _events[i].Count + 1, LastTimestamp = time };
            _events[i] = current;
        }
        else
        {
            current = new Event
            {
                ApiVersion = "v1",
                Kind = "Event",
                Metadata = new ObjectMeta { Name = EventName(involved.Name ?? "unknown", time), Namespace = involved.Namespace ?? "default" },
                InvolvedObject = involved,
                Reason = reason,
                Message = message,
                Source = new EventSource { Component = component, Host = host },
                FirstTimestamp = time,
                LastTimestamp = time,
                Count = 1,
                Type = type,
                ReportingComponent = component,
                ReportingInstance = host,
            };
            _index[key] = _events.Count;
            _events.Add(current);
        }

        var occurrence = new RecordedEvent(offset, time, current);
        if (keepOccurrence)
        {
            _occurrences.Add(occurrence);
        }

        return occurrence;
    }

    /// <summary>
    /// Drops the events whose last occurrence is older than <see cref="EventTtl"/>, as the API server's storage does,
    /// so that churn does not grow the list; checked once a virtual minute, and whenever the list has grown by a
    /// quarter since the last check.
    /// </summary>
    private void Expire(DateTimeOffset now)
    {
        _lastExpiry = now;
        var oldest = now - EventTtl;
        var kept = 0;
        for (var i = 0; i < _events.Count; i++)
        {
            if (_events[i].LastTimestamp >= oldest)
            {
                _events[kept++] = _events[i];
            }
        }

        if (kept < _events.Count)
        {
            _events.RemoveRange(kept, _events.Count - kept);
            _index.Clear();
            for (var i = 0; i < _events.Count; i++)
            {
                var e = _events[i];
                var o = e.InvolvedObject!;
                _index[(o.Kind, o.Namespace, o.Name, o.Uid, o.FieldPath, e.Type!, e.Reason!, e.Message!, e.Source!.Component!, e.Source.Host)] = i;
            }
        }

        _nextExpiryCheck = Math.Max(1024, _events.Count + (_events.Count / 4));
    }

    /// <summary>Names an event as the recorder does (<c>&lt;object&gt;.&lt;hex unix nanos&gt;</c>), made unique within one instant.</summary>
    private string EventName(string objectName, DateTimeOffset time)
    {
        // Names only need to be unique within one instant, so the bookkeeping of earlier instants can go.
        if (time != _namesInstant)
        {
            _namesAtInstant.Clear();
            _namesInstant = time;
        }

        var nanos = (time - DateTimeOffset.UnixEpoch).Ticks * 100;
        var baseName = objectName + "." + nanos.ToString("x", CultureInfo.InvariantCulture);
        var n = _namesAtInstant.TryGetValue(baseName, out var used) ? used + 1 : 0;
        _namesAtInstant[baseName] = n;
        return n == 0 ? baseName : objectName + "." + (nanos + n).ToString("x", CultureInfo.InvariantCulture);
    }
}
