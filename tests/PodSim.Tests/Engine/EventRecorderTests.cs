using PodSim.Engine;
using PodSim.Model;

namespace PodSim.Tests.Engine;

public class EventRecorderTests
{
    private static readonly ObjectReference App = new() { Kind = "Pod", Namespace = "default", Name = "web", Uid = "u1", ApiVersion = "v1", FieldPath = "spec.containers{app}" };

    [Fact]
    public void Identical_events_are_aggregated_with_count_and_timestamps()
    {
        var sim = new Simulation();
        sim.RecordEvent(App, EventTypes.Warning, "BackOff", "Back-off restarting failed container app in pod web_default(u1)", "kubelet", "node-1");
        sim.RunUntil(TimeSpan.FromSeconds(20));
        sim.RecordEvent(App, EventTypes.Warning, "BackOff", "Back-off restarting failed container app in pod web_default(u1)", "kubelet", "node-1");
        sim.RecordEvent(App, EventTypes.Normal, "Pulled", "other", "kubelet", "node-1");

        sim.EventOccurrences.Should().HaveCount(3);
        sim.Events.Should().HaveCount(2);
        var backOff = sim.Events[0];
        backOff.Count.Should().Be(2);
        backOff.FirstTimestamp.Should().Be(sim.StartTime);
        backOff.LastTimestamp.Should().Be(sim.StartTime.AddSeconds(20));
        backOff.Metadata.Name.Should().Be("web.1816687ec0570000");
        sim.EventOccurrences[1].Event.Count.Should().Be(2);
        sim.EventOccurrences[1].ToString().Should().Be("+20s Warning BackOff Pod/web spec.containers{app}: Back-off restarting failed container app in pod web_default(u1)");
    }

    [Fact]
    public void Subscribers_see_events_and_transitions_as_they_happen()
    {
        var sim = new Simulation();
        var seen = new List<string>();
        sim.EventRecorded += (_, e) => seen.Add("event " + e.Event.Reason);
        using var subscription = sim.TransitionStream.Subscribe(new Observer(t => seen.Add("transition " + t.Field)));

        sim.RecordEvent(App, EventTypes.Normal, "Started", "Container started", "kubelet");
        var transition = sim.RecordTransition("Pod/default/web", "status.phase", "Pending", "Running");

        seen.Should().Equal("event Started", "transition status.phase");
        transition.ToString().Should().Be("+0s Pod/default/web status.phase: Pending -> Running");
        sim.Transitions.Should().ContainSingle();
    }

    private sealed class Observer(Action<Transition> onNext) : IObserver<Transition>
    {
        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void OnNext(Transition value) => onNext(value);
    }
}
