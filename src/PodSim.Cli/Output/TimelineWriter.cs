using System.Globalization;
using System.Text;
using PodSim.Engine;
using PodSim.Model;
using PodSim.Printing;

namespace PodSim.Cli.Output;

/// <summary>
/// The text output of <c>podsim run</c>: one line per event occurrence (TIME, TYPE, REASON, OBJECT, MESSAGE), then
/// one summary line per pod, then one line per create that admission refused.
/// </summary>
internal static class TimelineWriter
{
    private const string DefaultNamespace = "default";

    /// <summary>Renders the timeline of a simulation that has run.</summary>
    /// <param name="sim">The simulation.</param>
    /// <returns>The text.</returns>
    public static string Write(Simulation sim)
    {
        var sb = new StringBuilder();
        sb.Append(Events(sim.EventLog));
        var summary = Summary(sim);
        if (sb.Length > 0 && summary.Length > 0)
        {
            sb.Append('\n');
        }

        sb.Append(summary);
        return sb.ToString();
    }

    /// <summary>Names an event's object as <c>pod/web</c>, or <c>pod/web/app</c> when the event is about a container.</summary>
    /// <param name="involved">The involved object.</param>
    /// <returns>The name.</returns>
    public static string ObjectName(ObjectReference? involved)
    {
        if (involved is null)
        {
            return string.Empty;
        }

        var name = (involved.Kind ?? string.Empty).ToLowerInvariant() + "/" + involved.Name;
        // Container events carry fieldPath spec.containers{app}, spec.initContainers{init} or spec.ephemeralContainers{x}.
        var path = involved.FieldPath;
        if (!string.IsNullOrEmpty(path) && path.EndsWith('}') && path.IndexOf('{', StringComparison.Ordinal) is var open and >= 0)
        {
            name += "/" + path[(open + 1)..^1];
        }

        return name;
    }

    private static string Events(IReadOnlyList<RecordedEvent> log)
    {
        if (log.Count == 0)
        {
            return string.Empty;
        }

        var withNamespace = false;
        foreach (var occurrence in log)
        {
            withNamespace |= (occurrence.Event.InvolvedObject?.Namespace ?? DefaultNamespace) != DefaultNamespace;
        }

        var table = new ColumnWriter();
        table.Add(withNamespace ? ["TIME", "NAMESPACE", "TYPE", "REASON", "OBJECT", "MESSAGE"] : ["TIME", "TYPE", "REASON", "OBJECT", "MESSAGE"]);
        foreach (var occurrence in log)
        {
            var e = occurrence.Event;
            var time = "+" + GoDuration.Format(occurrence.Offset);
            var message = OneLine(e.Message ?? string.Empty);
            var obj = ObjectName(e.InvolvedObject);
            table.Add(withNamespace
                ? [time, e.InvolvedObject?.Namespace ?? DefaultNamespace, e.Type ?? string.Empty, e.Reason ?? string.Empty, obj, message]
                : [time, e.Type ?? string.Empty, e.Reason ?? string.Empty, obj, message]);
        }

        return table.ToString();
    }

    /// <summary>One line per pod seen during the run, in order of creation, then one per refused create.</summary>
    private static string Summary(Simulation sim)
    {
        var pods = new List<PodHistory>();
        var byKey = new Dictionary<string, PodHistory>(StringComparer.Ordinal);
        foreach (var t in sim.Transitions)
        {
            if (!t.Object.StartsWith("Pod/", StringComparison.Ordinal))
            {
                continue;
            }

            if (!byKey.TryGetValue(t.Object, out var history))
            {
                history = new PodHistory(t.Object, t.Offset);
                byKey[t.Object] = history;
                pods.Add(history);
            }

            history.Apply(t);
        }

        var sb = new StringBuilder();
        foreach (var history in pods)
        {
            sb.Append(history.Describe(sim)).Append('\n');
        }

        foreach (var rejection in sim.Rejections)
        {
            sb.Append(Reference(rejection.Kind.ToLowerInvariant(), rejection.Name, rejection.Namespace))
                .Append(": rejected at +").Append(GoDuration.Format(rejection.Offset))
                .Append(" by ").Append(rejection.Plugin).Append(": ").Append(OneLine(rejection.Message)).Append('\n');
        }

        return sb.ToString();
    }

    private static string Reference(string kind, string? name, string? ns) =>
        kind + "/" + name + ((ns ?? DefaultNamespace) == DefaultNamespace ? string.Empty : " -n " + ns);

    private static string OneLine(string text) =>
        text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\u001b", "^[", StringComparison.Ordinal);

    /// <summary>What the transition log says about one pod: phase, restarts per container, first Ready, deletion.</summary>
    private sealed class PodHistory
    {
        private readonly Dictionary<string, int> _restarts = new(StringComparer.Ordinal);
        private readonly List<string> _containers = [];

        public PodHistory(string key, TimeSpan created)
        {
            // The key is Pod/<namespace>/<name>.
            var parts = key.Split('/', 3);
            Namespace = parts[1];
            Name = parts[2];
            Created = created;
        }

        public string Namespace { get; }

        public string Name { get; }

        public TimeSpan Created { get; }

        public string Phase { get; private set; } = PodPhases.Pending;

        public TimeSpan? Ready { get; private set; }

        public TimeSpan? Deleted { get; private set; }

        public void Apply(Transition t)
        {
            if (t.Field == "status.phase" && t.To is { } phase)
            {
                Phase = phase;
            }
            else if (t.Field == "status.conditions[Ready]" && t.To == ConditionStatuses.True && Ready is null)
            {
                Ready = t.Offset - Created;
            }
            else if (t.Field == "metadata" && t.To == "deleted")
            {
                Deleted = t.Offset;
            }
            else if (t.Field.EndsWith("].restartCount", StringComparison.Ordinal)
                && int.TryParse(t.To, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                if (!_restarts.ContainsKey(t.Field))
                {
                    _containers.Add(t.Field);
                }

                _restarts[t.Field] = count;
            }
        }

        public string Describe(Simulation sim)
        {
            var restarts = 0;
            foreach (var field in _containers)
            {
                restarts += _restarts[field];
            }

            var sb = new StringBuilder(Reference("pod", Name, Namespace)).Append(": ").Append(Phase);
            if (Deleted is { } deleted)
            {
                sb.Append(", deleted at +").Append(GoDuration.Format(deleted));
            }
            else if (sim.GetPod(Name, Namespace) is { } pod)
            {
                // kubectl's STATUS column says more than the phase: CrashLoopBackOff, Completed, Init:0/1, ...
                var status = PodRowBuilder.Build(pod, sim.Now).Status;
                if (status != Phase)
                {
                    sb.Append(" (").Append(status).Append(')');
                }
            }

            sb.Append(", ").Append(restarts.ToString(CultureInfo.InvariantCulture)).Append(restarts == 1 ? " restart" : " restarts");
            sb.Append(", ").Append(Ready is { } ready ? "ready after " + GoDuration.Format(ready) : "never ready");
            return sb.ToString();
        }
    }
}
