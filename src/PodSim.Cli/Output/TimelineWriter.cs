using System.Globalization;
using System.Text;
using PodSim.Engine;
using PodSim.Model;
using PodSim.Printing;

namespace PodSim.Cli.Output;

/// <summary>
/// The text output of <c>podsim run</c>, written as the simulation goes: one line per event occurrence as it happens
/// (TIME, TYPE, REASON, OBJECT, MESSAGE), then one summary line per pod and one per create that admission refused.
/// Columns are as wide as the input suggests and widen when a later cell is longer, as a watch does.
/// </summary>
internal sealed class TimelineWriter : IDisposable
{
    private const string DefaultNamespace = "default";
    private const int Padding = 3;

    private readonly Simulation _sim;
    private readonly TextWriter _output;
    private readonly bool _withNamespace;
    private readonly int[] _widths;
    private readonly List<PodHistory> _pods = [];
    private readonly Dictionary<string, PodHistory> _byKey = new(StringComparer.Ordinal);
    private readonly System.Text.StringBuilder _line = new();
    private bool _headerWritten;

    /// <summary>
    /// Starts the timeline: writes what the simulation has recorded so far, then follows it; the simulation stops
    /// keeping its own history, so a long run's memory stays flat.
    /// </summary>
    /// <param name="sim">The simulation, not yet run.</param>
    /// <param name="output">Where the lines go.</param>
    /// <param name="until">How far the run goes, which sets the TIME column's width.</param>
    public TimelineWriter(Simulation sim, TextWriter output, TimeSpan until)
    {
        _sim = sim;
        _output = output;
        var (namespaces, objects) = InputShape(sim);
        _withNamespace = namespaces.Exists(n => n != DefaultNamespace);
        var widths = new List<int> { TimeWidth(until) };
        if (_withNamespace)
        {
            widths.Add(Math.Max(9, namespaces.Max(n => n.Length)));
        }

        // TYPE fits Warning and REASON fits Scheduled, the first event of every pod; longer reasons widen it.
        widths.AddRange([7, 9, Math.Max(6, objects), 0]);
        _widths = [.. widths];
        foreach (var occurrence in sim.EventOccurrences)
        {
            OnEvent(occurrence);
        }

        foreach (var transition in sim.Transitions)
        {
            OnTransition(transition);
        }

        sim.RecordHistory = false;
        sim.EventRecorded += OnEvent;
        sim.TransitionRecorded += OnTransition;
    }

    /// <summary>Writes the summary: a blank line after any events, one line per pod seen, one per refused create.</summary>
    public void WriteSummary()
    {
        var sb = new System.Text.StringBuilder();
        foreach (var history in _pods)
        {
            sb.Append(history.Describe(_sim)).Append('\n');
        }

        foreach (var rejection in _sim.Rejections)
        {
            sb.Append(Reference(rejection.Kind.ToLowerInvariant(), rejection.Name, rejection.Namespace))
                .Append(": rejected at +").Append(GoDuration.Format(rejection.Offset))
                .Append(" by ").Append(rejection.Plugin).Append(": ").Append(OneLine(rejection.Message)).Append('\n');
        }

        if (_headerWritten && sb.Length > 0)
        {
            _output.Write('\n');
        }

        _output.Write(sb.ToString());
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _sim.EventRecorded -= OnEvent;
        _sim.TransitionRecorded -= OnTransition;
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

    /// <summary>
    /// The widest whole-second TIME cell up to <paramref name="until"/>: the end itself or the last second before an
    /// hour or minute boundary (<c>+4m59s</c> is wider than <c>+5m0s</c>).
    /// </summary>
    private static int TimeWidth(TimeSpan until)
    {
        var width = "TIME".Length;
        var second = TimeSpan.FromSeconds(1);
        TimeSpan[] candidates =
        [
            until,
            until - second,
            TimeSpan.FromMinutes(Math.Floor(until.TotalMinutes)) - second,
            TimeSpan.FromHours(Math.Floor(until.TotalHours)) - second,
        ];
        foreach (var t in candidates)
        {
            if (t >= TimeSpan.Zero)
            {
                width = Math.Max(width, 1 + GoDuration.Format(t).Length);
            }
        }

        return width;
    }

    /// <summary>The namespaces the input names and the longest <c>pod/name/container</c> among its pods.</summary>
    private static (List<string> Namespaces, int ObjectWidth) InputShape(Simulation sim)
    {
        var namespaces = new List<string> { DefaultNamespace };
        var width = 0;
        var objects = new List<KubeObject>(sim.Snapshot().Objects);
        foreach (var action in (sim.Scenario.Spec ?? new Scenarios.ScenarioSpec()).Actions)
        {
            if ((action.Create?.Manifest ?? action.Apply?.Manifest) is { } manifest)
            {
                foreach (var loaded in new Manifests.ManifestLoader().LoadString(manifest).Objects)
                {
                    objects.Add(loaded.Object);
                }
            }
        }

        foreach (var obj in objects)
        {
            if (obj.Metadata?.Namespace is { } ns && !namespaces.Contains(ns))
            {
                namespaces.Add(ns);
            }

            if (obj is Pod { Spec: { } spec } pod)
            {
                var longest = 0;
                foreach (var c in spec.InitContainers)
                {
                    longest = Math.Max(longest, c.Name?.Length ?? 0);
                }

                foreach (var c in spec.Containers)
                {
                    longest = Math.Max(longest, c.Name?.Length ?? 0);
                }

                width = Math.Max(width, "pod/".Length + (pod.Metadata?.Name?.Length ?? 0) + 1 + longest);
            }
        }

        return (namespaces, width);
    }

    private void OnEvent(object? sender, RecordedEvent occurrence) => OnEvent(occurrence);

    private void OnEvent(RecordedEvent occurrence)
    {
        if (!_headerWritten)
        {
            _headerWritten = true;
            WriteRow(_withNamespace ? ["TIME", "NAMESPACE", "TYPE", "REASON", "OBJECT", "MESSAGE"] : ["TIME", "TYPE", "REASON", "OBJECT", "MESSAGE"]);
        }

        var e = occurrence.Event;
        var time = "+" + GoDuration.Format(occurrence.Offset);
        var message = OneLine(e.Message ?? string.Empty);
        var obj = ObjectName(e.InvolvedObject);
        WriteRow(_withNamespace
            ? [time, e.InvolvedObject?.Namespace ?? DefaultNamespace, e.Type ?? string.Empty, e.Reason ?? string.Empty, obj, message]
            : [time, e.Type ?? string.Empty, e.Reason ?? string.Empty, obj, message]);
    }

    private void WriteRow(string[] cells)
    {
        _line.Clear();
        for (var i = 0; i < cells.Length; i++)
        {
            if (i == cells.Length - 1)
            {
                _line.Append(cells[i]);
                break;
            }

            _widths[i] = Math.Max(_widths[i], cells[i].Length);
            _line.Append(cells[i]).Append(' ', _widths[i] + Padding - cells[i].Length);
        }

        _output.Write(_line.Append('\n'));
    }

    private void OnTransition(object? sender, Transition t) => OnTransition(t);

    /// <summary>Follows what the transition log says about each pod, in order of creation.</summary>
    private void OnTransition(Transition t)
    {
        if (!t.Object.StartsWith("Pod/", StringComparison.Ordinal))
        {
            return;
        }

        if (!_byKey.TryGetValue(t.Object, out var history))
        {
            history = new PodHistory(t.Object, t.Offset);
            _byKey[t.Object] = history;
            _pods.Add(history);
        }

        history.Apply(t);
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
