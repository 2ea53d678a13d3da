// A custom controller in a simulation: loads a manifest (a scenario and its pods), adds the pod-labeler controller,
// runs the scenario on the virtual clock and prints the event timeline, then each pod's labels.
using CustomController;
using PodSim;
using PodSim.Manifests;

var path = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "manifests", "pods.yaml");
var manifests = new ManifestLoader().LoadFiles([path]);
if (manifests.HasErrors)
{
    foreach (var error in manifests.Errors)
    {
        Console.Error.WriteLine(error);
    }

    return 1;
}

var simulation = Simulation.FromManifests(manifests);
simulation.AddController(new PodLabeler());
simulation.Run();

Console.WriteLine($"{"TIME",-8} {"TYPE",-8} {"REASON",-10} {"OBJECT",-12} {"SOURCE",-18} MESSAGE");
foreach (var occurrence in simulation.EventOccurrences)
{
    var e = occurrence.Event;
    var time = "+" + PodSim.Model.GoDuration.Format(occurrence.Offset);
    Console.WriteLine($"{time,-8} {e.Type,-8} {e.Reason,-10} {occurrence.Subject.Split(' ')[0],-12} {e.Source?.Component,-18} {e.Message}");
}

Console.WriteLine();
foreach (var pod in simulation.Pods)
{
    var labels = string.Join(",", pod.Metadata.Labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => l.Key + "=" + l.Value));
    Console.WriteLine($"pod/{pod.Metadata.Name}: {pod.Status?.Phase}, labels {labels}");
}

return 0;
