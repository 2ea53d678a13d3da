using PodSim.Manifests;
using PodSim.Tests.Support;

namespace PodSim.Tests.Observations;

/// <summary>
/// What the simulator records, read back typed: every transition of every sample and golden scenario has a field
/// kind of its own (none is <see cref="FieldKind.Other"/>), its values have their types, and the typed forms print
/// back as the strings recorded.
/// </summary>
public class RecordedFieldFormsTests
{
    public static TheoryData<string> Scenarios()
    {
        var data = new TheoryData<string>();
        foreach (var dir in new[] { Path.Combine("samples", "scenarios"), Path.Combine("tests", "PodSim.Tests", "Goldens", "Scenarios") })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(SharedPaths.RepositoryRoot, dir), "*.yaml").Order(StringComparer.Ordinal))
            {
                data.Add(Path.Combine(dir, Path.GetFileName(file)));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Every_recorded_transition_reads_typed_and_prints_back(string scenario)
    {
        var sim = Simulation.FromManifests(new ManifestLoader().LoadFiles(Path.Combine(SharedPaths.RepositoryRoot, scenario)));
        sim.Run();

        foreach (var t in sim.Transitions)
        {
            var field = t.FieldKey;
            field.Kind.Should().NotBe(FieldKind.Other, t.ToString());
            field.ToString().Should().Be(t.Field);
            t.ObjectKey.ToString().Should().Be(t.Object);
            t.ObjectKey.Kind.Should().Be("Pod", t.ToString());
            switch (field.Kind)
            {
                case FieldKind.ContainerState:
                    t.ToState.Should().NotBeNull(t.ToString());
                    t.ToState!.ToString().Should().Be(t.To);
                    (t.FromState?.ToString()).Should().Be(t.From);
                    break;
                case FieldKind.ContainerReady or FieldKind.ContainerStarted or FieldKind.Presence:
                    t.ToBool.Should().NotBeNull(t.ToString());
                    t.FromBool.Should().NotBeNull(t.ToString());
                    break;
                case FieldKind.Condition:
                    t.ToBool.Should().NotBeNull(t.ToString());
                    break;
                case FieldKind.RestartCount:
                    t.ToInt.Should().Be(t.FromInt + 1, t.ToString());
                    break;
                case FieldKind.DeletionTimestamp:
                    t.ToTime.Should().NotBeNull(t.ToString());
                    break;
            }
        }

        foreach (var e in sim.EventOccurrences)
        {
            e.Object.Name.Should().Be(e.Event.InvolvedObject?.Name);
            if (e.Event.InvolvedObject?.FieldPath is { Length: > 0 } path)
            {
                path.Should().EndWith("{" + e.Container + "}", e.ToString());
            }
        }
    }
}
