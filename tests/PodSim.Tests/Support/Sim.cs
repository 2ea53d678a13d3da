using System.Globalization;
using System.Text;
using PodSim.Engine;
using PodSim.Manifests;

namespace PodSim.Tests.Support;

/// <summary>Builds simulations from YAML for tests and renders their logs compactly.</summary>
internal static class Sim
{
    public static Simulation FromYaml(string yaml) => Simulation.FromManifests(new ManifestLoader().LoadString(yaml, "test.yaml"));

    public static Simulation Run(string yaml, TimeSpan until)
    {
        var sim = FromYaml(yaml);
        sim.RunUntil(until);
        return sim;
    }

    public static string Offset(TimeSpan t) => t.TotalSeconds.ToString(CultureInfo.InvariantCulture) + "s";

    /// <summary>One line per event occurrence: <c>5s Normal Started spec.containers{app}: Container started</c>.</summary>
    public static List<string> EventLines(Simulation sim)
    {
        var lines = new List<string>();
        foreach (var e in sim.EventOccurrences)
        {
            var ev = e.Event;
            lines.Add(Offset(e.Offset) + " " + ev.Type + " " + ev.Reason + " " + (ev.InvolvedObject?.FieldPath ?? ev.InvolvedObject?.Name) + ": " + ev.Message);
        }

        return lines;
    }

    /// <summary>One line per transition: <c>5s status.containerStatuses[app].state: Running -> Terminated(Error, exitCode=1)</c>.</summary>
    public static List<string> TransitionLines(Simulation sim, string? fieldFilter = null)
    {
        var lines = new List<string>();
        foreach (var t in sim.Transitions)
        {
            if (fieldFilter is null || t.Field.Contains(fieldFilter, StringComparison.Ordinal))
            {
                lines.Add(Offset(t.Offset) + " " + t.Field + ": " + t.From + " -> " + t.To);
            }
        }

        return lines;
    }

    public static string Dump(Simulation sim)
    {
        var sb = new StringBuilder();
        foreach (var l in EventLines(sim))
        {
            sb.AppendLine("E " + l);
        }

        foreach (var l in TransitionLines(sim))
        {
            sb.AppendLine("T " + l);
        }

        return sb.ToString();
    }
}
