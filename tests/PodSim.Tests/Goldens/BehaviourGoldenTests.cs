using System.Text;
using PodSim.Engine;
using PodSim.Manifests;
using PodSim.Tests.Support;

namespace PodSim.Tests.Goldens;

/// <summary>
/// The event log and the transition log of every sample scenario and of the scenarios under Goldens/Scenarios, run to
/// their horizon, byte for byte as recorded in Goldens/Expected: the behaviour users see must not move when the
/// engine underneath is restructured. After a deliberate change of behaviour, set PODSIM_UPDATE_GOLDENS=1 and run
/// these tests once to write the new files, then review the diff.
/// </summary>
public class BehaviourGoldenTests
{
    private static string GoldenDirectory => Path.Combine(SharedPaths.RepositoryRoot, "tests", "PodSim.Tests", "Goldens");

    public static TheoryData<string> Scenarios()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(SharedPaths.RepositoryRoot, "samples", "scenarios"), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add("samples/scenarios/" + Path.GetFileName(file));
        }

        foreach (var file in Directory.GetFiles(Path.Combine(GoldenDirectory, "Scenarios"), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add("tests/PodSim.Tests/Goldens/Scenarios/" + Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Event_and_transition_logs_are_unchanged(string scenario)
    {
        var path = Path.Combine(SharedPaths.RepositoryRoot, scenario);
        var sim = Simulation.FromManifests(new ManifestLoader().LoadFiles(path));
        sim.Run();
        var actual = Render(sim);

        var golden = Path.Combine(GoldenDirectory, "Expected", Path.GetFileNameWithoutExtension(path) + ".txt");
        if (Environment.GetEnvironmentVariable("PODSIM_UPDATE_GOLDENS") == "1")
        {
            File.WriteAllText(golden, actual);
        }

        File.Exists(golden).Should().BeTrue("every scenario has a golden file; PODSIM_UPDATE_GOLDENS=1 writes it");
        actual.Should().Be(File.ReadAllText(golden), scenario + " must play out exactly as recorded");
    }

    [Fact]
    public void There_are_goldens_for_every_sample_and_a_dozen_more_scenarios() =>
        Scenarios().Count.Should().BeGreaterThanOrEqualTo(Directory.GetFiles(Path.Combine(SharedPaths.RepositoryRoot, "samples", "scenarios"), "*.yaml").Length + 12);

    /// <summary>Every field of every event occurrence and transition, one line each, in log order.</summary>
    private static string Render(Simulation sim)
    {
        var sb = new StringBuilder();
        foreach (var occurrence in sim.EventOccurrences)
        {
            var e = occurrence.Event;
            var o = e.InvolvedObject;
            sb.Append("E ").Append(Offset(occurrence.Offset)).Append(' ').Append(e.Type).Append(' ').Append(e.Reason)
                .Append(' ').Append(o?.Kind).Append('/').Append(o?.Namespace).Append('/').Append(o?.Name).Append(' ').Append(o?.FieldPath)
                .Append(" [").Append(e.Source?.Component).Append('@').Append(e.Source?.Host).Append("] ")
                .Append(e.Message).Append('\n');
        }

        foreach (var t in sim.Transitions)
        {
            sb.Append("T ").Append(Offset(t.Offset)).Append(' ').Append(t.Object).Append(' ').Append(t.Field)
                .Append(": ").Append(t.From).Append(" -> ").Append(t.To).Append('\n');
        }

        return sb.ToString();
    }

    private static string Offset(TimeSpan t) => "+" + PodSim.Model.GoDuration.Format(t);
}
