using System.Globalization;

namespace PodSim.Kubelet;

/// <summary>
/// The version-dependent parts of the kubelet's behaviour in one place: event and status texts that changed between
/// Kubernetes releases. PodSim targets <see cref="Kubernetes135"/> by default; a later profile can select another.
/// </summary>
internal sealed class KubeletProfile
{
    private KubeletProfile(string kubernetesVersion) => KubernetesVersion = kubernetesVersion;

    /// <summary>Gets the Kubernetes 1.35 profile (the default).</summary>
    public static KubeletProfile Kubernetes135 { get; } = new("1.35");

    /// <summary>Gets the Kubernetes minor version the texts follow, such as <c>1.35</c>.</summary>
    public string KubernetesVersion { get; }

    /// <summary>The Normal <c>Created</c> event text (1.35: the container is named by the event's fieldPath).</summary>
    /// <param name="container">The container name.</param>
    /// <returns>The message.</returns>
    public string ContainerCreated(string container) => "Container created";

    /// <summary>The Normal <c>Started</c> event text.</summary>
    /// <param name="container">The container name.</param>
    /// <returns>The message.</returns>
    public string ContainerStarted(string container) => "Container started";

    /// <summary>The Normal <c>Pulled</c> text when the image is already on the node.</summary>
    /// <param name="image">The image as the container names it.</param>
    /// <returns>The message.</returns>
    public string ImageAlreadyPresent(string image) =>
        "Container image \"" + image + "\" already present on machine and can be accessed by the pod";

    /// <summary>The Normal <c>Pulling</c> text.</summary>
    /// <param name="image">The image.</param>
    /// <returns>The message.</returns>
    public string PullingImage(string image) => "Pulling image \"" + image + "\"";

    /// <summary>The Normal <c>Pulled</c> text after a successful pull.</summary>
    /// <param name="image">The image.</param>
    /// <param name="pullTime">How long the pull took.</param>
    /// <param name="totalTime">How long it took including waiting for a pull slot.</param>
    /// <param name="sizeBytes">The image size.</param>
    /// <returns>The message.</returns>
    public string ImagePulled(string image, TimeSpan pullTime, TimeSpan totalTime, long sizeBytes) =>
        "Successfully pulled image \"" + image + "\" in " + Model.GoDuration.Format(pullTime) + " (" +
        Model.GoDuration.Format(totalTime) + " including waiting). Image size: " +
        sizeBytes.ToString(CultureInfo.InvariantCulture) + " bytes.";

    /// <summary>The Warning <c>Failed</c> text of a failed pull.</summary>
    /// <param name="image">The image.</param>
    /// <param name="error">The runtime's error.</param>
    /// <returns>The message.</returns>
    public string FailedToPull(string image, string error) => "Failed to pull image \"" + image + "\": " + error;

    /// <summary>The Warning <c>Failed</c> text that repeats a start failure's reason: <c>Error: ErrImagePull</c>.</summary>
    /// <param name="reasonOrMessage">The error's reason or message.</param>
    /// <returns>The message.</returns>
    public string StartError(string reasonOrMessage) => "Error: " + reasonOrMessage;

    /// <summary>The waiting message and the Normal <c>BackOff</c> text while an image pull is backing off.</summary>
    /// <param name="image">The image.</param>
    /// <returns>The message.</returns>
    public string BackOffPullingImage(string image) => "Back-off pulling image \"" + image + "\"";

    /// <summary>The <c>ImagePullBackOff</c> waiting message: 1.35 appends the previous pull's error.</summary>
    /// <param name="image">The image.</param>
    /// <param name="previousError">The error of the failed pull.</param>
    /// <returns>The message.</returns>
    public string ImagePullBackOffMessage(string image, string previousError) =>
        BackOffPullingImage(image) + ": " + previousError;

    /// <summary>The <c>ErrImageNeverPull</c> event and waiting message.</summary>
    /// <param name="image">The image.</param>
    /// <returns>The message.</returns>
    public string ImageNeverPull(string image) => "Container image \"" + image + "\" is not present with pull policy of Never";

    /// <summary>The <c>CrashLoopBackOff</c> waiting message with the current back-off.</summary>
    /// <param name="backOff">The current back-off delay.</param>
    /// <param name="container">The container.</param>
    /// <param name="podFullName">The pod as <c>name_namespace(uid)</c>.</param>
    /// <returns>The message.</returns>
    public string CrashLoopBackOff(TimeSpan backOff, string container, string podFullName) =>
        "back-off " + Model.GoDuration.Format(backOff) + " restarting failed container=" + container + " pod=" + podFullName;

    /// <summary>The Warning <c>BackOff</c> text of a container held back by crash-loop back-off.</summary>
    /// <param name="container">The container.</param>
    /// <param name="podFullName">The pod as <c>name_namespace(uid)</c>.</param>
    /// <returns>The message.</returns>
    public string BackOffRestarting(string container, string podFullName) =>
        "Back-off restarting failed container " + container + " in pod " + podFullName;

    /// <summary>The Normal <c>Killing</c> text of an ordinary stop.</summary>
    /// <param name="container">The container.</param>
    /// <returns>The message.</returns>
    public string StoppingContainer(string container) => "Stopping container " + container;

    /// <summary>The <c>Scheduled</c> event text of the default scheduler.</summary>
    /// <param name="ns">The pod's namespace.</param>
    /// <param name="name">The pod's name.</param>
    /// <param name="node">The node.</param>
    /// <returns>The message.</returns>
    public string Scheduled(string ns, string name, string node) => "Successfully assigned " + ns + "/" + name + " to " + node;

    /// <summary>The text of <c>DeadlineExceeded</c> (event message and pod status message).</summary>
    public string DeadlineExceeded => "Pod was active on the node longer than the specified deadline";

    /// <summary>The Warning <c>FailedPostStartHook</c> text (deliberately generic upstream).</summary>
    public string PostStartHookFailed => "PostStartHook failed";

    /// <summary>The Warning <c>FailedPreStopHook</c> text.</summary>
    public string PreStopHookFailed => "PreStopHook failed";

    /// <summary>The error of a pull of an image that does not exist (the containerd form).</summary>
    /// <param name="fullImage">The fully qualified image name.</param>
    /// <returns>The error.</returns>
    public string ImageNotFoundError(string fullImage) =>
        "rpc error: code = NotFound desc = failed to pull and unpack image \"" + fullImage + "\": failed to resolve reference \"" +
        fullImage + "\": " + fullImage + ": not found";

    /// <summary>The error of a pull that failed for a transient reason (the containerd form).</summary>
    /// <param name="fullImage">The fully qualified image name.</param>
    /// <returns>The error.</returns>
    public string TransientPullError(string fullImage) =>
        "rpc error: code = Unavailable desc = failed to pull and unpack image \"" + fullImage +
        "\": failed to copy: httpReadSeeker: failed open: unexpected status code 503 Service Unavailable";
}
