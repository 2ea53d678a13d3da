using PodSim.Engine;
using PodSim.ApiServer;
using PodSim.Model;
using PodSim.Scenarios;

namespace PodSim.Kubelet;

/// <summary>
/// The simulated kubelet of one node: its identity, the images on it, and the back-off tables shared by the pods it
/// runs. Each pod is driven by its own <see cref="PodWorker"/>.
/// </summary>
internal sealed class KubeletNode
{
    private readonly Dictionary<string, ImageSpec> _imageSpecs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _present = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _pullAttempts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _normalized = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _imageIds = new(StringComparer.Ordinal);

    public KubeletNode(string name, string address, ScenarioSpec scenario, KubeletProfile profile)
    {
        Name = name;
        Address = address;
        Profile = profile;
        Scenario = scenario;
        var crash = scenario.Kubelet?.CrashLoopBackOff;
        var image = scenario.Kubelet?.ImagePullBackOff;
        CrashLoopBackOff = new BackOff(Duration(crash?.Initial, 10), Duration(crash?.Max, 300));
        // The crash-loop curve expires after a fixed 600 s (1.32+); the image curve after twice its maximum.
        var imageMax = Duration(image?.Max, 300);
        ImagePullBackOff = new BackOff(Duration(image?.Initial, 10), imageMax, imageMax + imageMax);
        foreach (var spec in scenario.Images)
        {
            if (spec.Image is { } ref_)
            {
                _imageSpecs[ref_] = spec;
                if (spec.Present == true)
                {
                    _present.Add(ref_);
                }
            }
        }
    }

    public string Name { get; }

    public string Address { get; }

    public KubeletProfile Profile { get; }

    public ScenarioSpec Scenario { get; }

    public BackOff CrashLoopBackOff { get; }

    public BackOff ImagePullBackOff { get; }

    public bool IsPresent(string image) => _present.Contains(image);

    /// <summary>The image ID (repo digest) of an image, derived once per image.</summary>
    public string ImageId(string fullImage)
    {
        if (!_imageIds.TryGetValue(fullImage, out var id))
        {
            id = IdentityGenerator.ImageId(fullImage);
            _imageIds[fullImage] = id;
        }

        return id;
    }

    /// <summary>The runtime's fully qualified name of an image reference, parsed once per reference.</summary>
    public bool TryNormalize(string image, out string fullImage)
    {
        if (!_normalized.TryGetValue(image, out var cached))
        {
            cached = Defaulting.ImageReference.TryNormalize(image, out var full) ? full : null;
            _normalized[image] = cached;
        }

        fullImage = cached ?? string.Empty;
        return cached is not null;
    }

    public ImageSpec? ImageSpec(string image) => _imageSpecs.GetValueOrDefault(image);


    /// <summary>Counts a pull attempt of an image and tells whether it fails (the scenario's <c>failPulls</c>).</summary>
    public bool NextPullFails(string image)
    {
        var attempt = _pullAttempts.GetValueOrDefault(image) + 1;
        _pullAttempts[image] = attempt;
        var failPulls = ImageSpec(image)?.FailPulls;
        if (failPulls is null)
        {
            return false;
        }

        return !failPulls.Value.IsInt || attempt <= failPulls.Value.IntValue;
    }

    /// <summary>Whether the image can never be pulled (<c>failPulls: always</c>).</summary>
    public bool NeverExists(string image) => ImageSpec(image)?.FailPulls is { IsInt: false };

    public void MarkPresent(string image) => _present.Add(image);

    public static TimeSpan Duration(GoDuration? value, double defaultSeconds) =>
        value is { IsNever: false } d ? d.Value : TimeSpan.FromSeconds(defaultSeconds);
}
