using System.Text;
using PodSim.Engine;
using PodSim.Manifests;
using PodSim.Model;

namespace PodSim.Tests.Properties;

/// <summary>
/// Plays a generated scenario one piece of work at a time to its horizon, keeping the merged journal of transitions
/// and events and the pods as they stand after each piece of work, so the invariants can look at both.
/// </summary>
internal sealed class ScenarioRun
{
    /// <summary>More work than any generated scenario needs; a run stops there rather than running away.</summary>
    public const int WorkBound = 200_000;

    private ScenarioRun(ScenarioModel model, Simulation sim)
    {
        Model = model;
        Sim = sim;
    }

    public ScenarioModel Model { get; }

    public Simulation Sim { get; }

    /// <summary>Transitions and event occurrences in the order they were recorded.</summary>
    public List<JournalEntry> Journal { get; } = [];

    /// <summary>After each piece of work: the offset, and each generated pod as stored (null once gone).</summary>
    public List<(TimeSpan Elapsed, Pod?[] Pods)> Steps { get; } = [];

    public static ScenarioRun Play(ScenarioModel model)
    {
        var loaded = new ManifestLoader().LoadString(model.ToYaml(), "property.yaml");
        var sim = Simulation.FromManifests(loaded);
        var run = new ScenarioRun(model, sim);

        // Creating the input's objects records nothing yet; if that changes, the journal must start with it.
        if (sim.Transitions.Count > 0 || sim.EventOccurrences.Count > 0)
        {
            throw new InvalidOperationException("the journal misses what was recorded while the input was created");
        }

        sim.TransitionRecorded += (_, t) => run.Journal.Add(new JournalEntry(t, null));
        sim.EventRecorded += (_, e) => run.Journal.Add(new JournalEntry(null, e));
        var names = model.Pods.Select(p => p.Name).ToArray();
        run.Record(names);
        var work = 0;
        while (sim.NextDue() is { } due && due <= model.Horizon && work++ < WorkBound)
        {
            sim.Step();
            run.Record(names);
        }

        sim.RunUntil(model.Horizon);
        run.Record(names);
        return run;
    }

    /// <summary>Everything a run produces, as text: what a rerun and a parallel run must reproduce byte for byte.</summary>
    public static string Output(ScenarioModel model)
    {
        var sim = Simulation.FromManifests(new ManifestLoader().LoadString(model.ToYaml(), "property.yaml"));
        sim.RunUntil(model.Horizon / 2);
        var sb = new StringBuilder();
        sb.Append(ManifestWriter.ToYaml(sim.Snapshot().Objects));
        sim.RunUntil(s => s.ProcessedWorkCount >= WorkBound, model.Horizon);
        foreach (var e in sim.EventOccurrences)
        {
            sb.Append(e).Append('\n');
        }

        foreach (var t in sim.Transitions)
        {
            sb.Append(t).Append('\n');
        }

        foreach (var w in sim.Warnings)
        {
            sb.Append(w).Append('\n');
        }

        sb.Append(ManifestWriter.ToYaml(sim.Events));
        sb.Append(ManifestWriter.ToYaml(sim.Snapshot().Objects));
        return sb.ToString();
    }

    private void Record(string[] names)
    {
        var pods = new Pod?[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            pods[i] = Sim.GetPod(names[i]);
        }

        Steps.Add((Sim.Elapsed, pods));
    }
}

/// <summary>One journal entry: a transition or an event occurrence.</summary>
internal sealed record JournalEntry(Transition? Transition, RecordedEvent? Event)
{
    public TimeSpan Offset => Transition?.Offset ?? Event!.Offset;

    public DateTimeOffset Time => Transition?.Time ?? Event!.Time;

    public override string ToString() => Transition?.ToString() ?? Event!.ToString();
}
