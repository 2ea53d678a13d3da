using Microsoft.Extensions.Logging;
using PodSim.Engine;
using PodSim.Manifests;

namespace PodSim.Tests.Engine;

/// <summary>Transitions are logged with structured fields and stable event IDs.</summary>
public class SimulationLoggingTests
{
    private sealed record Entry(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyDictionary<string, object?> Fields);

    /// <summary>An in-memory provider that keeps every entry with its structured state.</summary>
    private sealed class MemoryLoggerProvider : ILoggerProvider
    {
        public List<Entry> Entries { get; } = [];

        public ILogger CreateLogger(string categoryName) => new MemoryLogger(categoryName, Entries);

        public void Dispose()
        {
        }

        private sealed class MemoryLogger(string category, List<Entry> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
                if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
                {
                    foreach (var pair in pairs)
                    {
                        fields[pair.Key] = pair.Value;
                    }
                }

                entries.Add(new Entry(category, logLevel, eventId, formatter(state, exception), fields));
            }
        }
    }

    private static (Simulation Sim, MemoryLoggerProvider Provider) Run()
    {
        var provider = new MemoryLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(provider).SetMinimumLevel(LogLevel.Trace));
        var manifests = new ManifestLoader().LoadString("""
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec: {containers: [{name: app, image: "nginx:1.25"}]}
            """);
        var sim = Simulation.FromManifests(manifests, factory);
        sim.RunUntil(TimeSpan.FromSeconds(10));
        return (sim, provider);
    }

    [Fact]
    public void Transitions_are_logged_at_debug_with_structured_fields_and_a_stable_event_id()
    {
        var (sim, provider) = Run();

        var transitions = provider.Entries.Where(e => e.EventId.Id == 1001).ToList();
        transitions.Should().HaveCount(sim.Transitions.Count);
        transitions.Should().OnlyContain(e => e.Level == LogLevel.Debug && e.EventId.Name == "TransitionRecorded" && e.Category == "PodSim.Simulation");
        var running = transitions.Single(e => Equals(e.Fields["To"], "Running") && Equals(e.Fields["Field"], "status.containerStatuses[app].state"));
        running.Fields["Object"].Should().Be("Pod/default/web");
        running.Fields["Field"].Should().Be("status.containerStatuses[app].state");
        running.Fields["From"].Should().Be("Waiting(ContainerCreating)");
        running.Fields["Offset"].Should().Be(TimeSpan.Zero);
        running.Message.Should().Be("+00:00:00 Pod/default/web status.containerStatuses[app].state: Waiting(ContainerCreating) -> Running");
    }

    [Fact]
    public void Events_are_logged_at_debug_and_creations_at_information()
    {
        var (sim, provider) = Run();

        provider.Entries.Where(e => e.EventId.Id == 1002).Should().HaveCount(sim.EventOccurrences.Count).And.OnlyContain(e => e.Level == LogLevel.Debug);
        provider.Entries.Should().ContainSingle(e => e.EventId.Id == 1003).Which.Level.Should().Be(LogLevel.Information);
        provider.Entries.Where(e => e.Level >= LogLevel.Information).Should().HaveCount(1, "nothing per event is logged at Information");
    }
}
