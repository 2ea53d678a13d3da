using PodSim.Model;

namespace PodSim.Defaulting;

public static partial class ApiDefaults
{
    /// <summary>
    /// Applies the container defaults (<c>SetDefaults_Container</c> and nested ones): <c>imagePullPolicy</c> by the
    /// image tag (see <see cref="DefaultImagePullPolicy"/>), <c>terminationMessagePath</c>
    /// <c>/dev/termination-log</c>, <c>terminationMessagePolicy</c> <c>File</c>, port <c>protocol</c> <c>TCP</c>,
    /// <c>apiVersion</c> <c>v1</c> of env <c>fieldRef</c>s, requests and limits rounded up to milli, the probe
    /// defaults of <see cref="ApplyProbe"/> and the HTTP defaults of lifecycle hooks.
    /// </summary>
    /// <param name="container">The container.</param>
    /// <returns>The defaulted container, or <paramref name="container"/> itself when nothing was unset.</returns>
    public static Container ApplyContainer(Container container)
    {
        ArgumentNullException.ThrowIfNull(container);
        return Unchanged.Keep(container, container with
        {
            ImagePullPolicy = string.IsNullOrEmpty(container.ImagePullPolicy) ? DefaultImagePullPolicy(container.Image) : container.ImagePullPolicy,
            TerminationMessagePath = container.TerminationMessagePath.OrIfEmpty(DefaultValues.TerminationMessagePath),
            TerminationMessagePolicy = container.TerminationMessagePolicy.OrIfEmpty(TerminationMessagePolicies.File),
            Ports = Unchanged.Map(container.Ports, ApplyPort),
            Env = Unchanged.Map(container.Env, ApplyEnvVar),
            Resources = ApplyResources(container.Resources),
            LivenessProbe = ApplyOptionalProbe(container.LivenessProbe),
            ReadinessProbe = ApplyOptionalProbe(container.ReadinessProbe),
            StartupProbe = ApplyOptionalProbe(container.StartupProbe),
            Lifecycle = ApplyLifecycle(container.Lifecycle),
        });
    }

    /// <summary>
    /// Applies the container defaults of <see cref="ApplyContainer"/> to an ephemeral container
    /// (<c>SetDefaults_EphemeralContainer</c> reuses <c>SetDefaults_Container</c>).
    /// </summary>
    /// <param name="container">The ephemeral container.</param>
    /// <returns>The defaulted container, or <paramref name="container"/> itself when nothing was unset.</returns>
    public static EphemeralContainer ApplyEphemeralContainer(EphemeralContainer container) =>
        (EphemeralContainer)ApplyContainer(container);

    /// <summary>
    /// Applies the probe defaults (<c>SetDefaults_Probe</c>): <c>timeoutSeconds</c> 1, <c>periodSeconds</c> 10,
    /// <c>successThreshold</c> 1 and <c>failureThreshold</c> 3, where zero counts as unset as upstream;
    /// <c>initialDelaySeconds</c> is left alone. An <c>httpGet</c> check gets path <c>/</c> and scheme <c>HTTP</c>;
    /// a <c>grpc</c> check without a service gets the empty service name (its <c>+default=""</c> marker).
    /// </summary>
    /// <param name="probe">The probe.</param>
    /// <returns>The defaulted probe, or <paramref name="probe"/> itself when nothing was unset.</returns>
    public static Probe ApplyProbe(Probe probe)
    {
        ArgumentNullException.ThrowIfNull(probe);
        return Unchanged.Keep(probe, probe with
        {
            TimeoutSeconds = probe.TimeoutSeconds.OrIfZero(DefaultValues.ProbeTimeoutSeconds),
            PeriodSeconds = probe.PeriodSeconds.OrIfZero(DefaultValues.ProbePeriodSeconds),
            SuccessThreshold = probe.SuccessThreshold.OrIfZero(DefaultValues.ProbeSuccessThreshold),
            FailureThreshold = probe.FailureThreshold.OrIfZero(DefaultValues.ProbeFailureThreshold),
            HttpGet = ApplyHttpGet(probe.HttpGet),
            Grpc = probe.Grpc is { Service: null } grpc ? grpc with { Service = string.Empty } : probe.Grpc,
        });
    }

    /// <summary>
    /// Returns the pull policy an image gets when none is given: <c>Always</c> when its tag is <c>latest</c>,
    /// also when it names neither a tag nor a digest; otherwise <c>IfNotPresent</c>, which includes digest-only
    /// references and references that do not parse. A registry port (<c>localhost:5000/app</c>) is not a tag.
    /// </summary>
    /// <param name="image">The image reference.</param>
    /// <returns><see cref="PullPolicies.Always"/> or <see cref="PullPolicies.IfNotPresent"/>.</returns>
    public static string DefaultImagePullPolicy(string? image) =>
        string.Equals(ImageReference.EffectiveTag(image), DefaultValues.ImageTag, StringComparison.Ordinal)
            ? PullPolicies.Always
            : PullPolicies.IfNotPresent;

    private static Probe? ApplyOptionalProbe(Probe? probe) => probe is null ? null : ApplyProbe(probe);

    // SetDefaults_HTTPGetAction.
    private static HttpGetAction? ApplyHttpGet(HttpGetAction? action) =>
        action is null
            ? null
            : Unchanged.Keep(action, action with
            {
                Path = action.Path.OrIfEmpty(DefaultValues.HttpGetPath),
                Scheme = action.Scheme.OrIfEmpty(UriSchemes.Http),
            });

    private static Lifecycle? ApplyLifecycle(Lifecycle? lifecycle) =>
        lifecycle is null
            ? null
            : Unchanged.Keep(lifecycle, lifecycle with
            {
                PostStart = ApplyLifecycleHandler(lifecycle.PostStart),
                PreStop = ApplyLifecycleHandler(lifecycle.PreStop),
            });

    private static LifecycleHandler? ApplyLifecycleHandler(LifecycleHandler? handler) =>
        handler is null ? null : Unchanged.Keep(handler, handler with { HttpGet = ApplyHttpGet(handler.HttpGet) });

    // ContainerPort.protocol carries +default="TCP".
    private static ContainerPort ApplyPort(ContainerPort port) =>
        string.IsNullOrEmpty(port.Protocol) ? port with { Protocol = Protocols.Tcp } : port;

    private static EnvVar ApplyEnvVar(EnvVar env) =>
        env.ValueFrom is { FieldRef: { } fieldRef } valueFrom && string.IsNullOrEmpty(fieldRef.ApiVersion)
            ? env with { ValueFrom = valueFrom with { FieldRef = ApplyFieldRef(fieldRef) } }
            : env;

    // SetDefaults_ObjectFieldSelector.
    private static ObjectFieldSelector ApplyFieldRef(ObjectFieldSelector fieldRef) =>
        string.IsNullOrEmpty(fieldRef.ApiVersion) ? fieldRef with { ApiVersion = DefaultValues.FieldRefApiVersion } : fieldRef;

    // SetDefaults_ResourceList runs on every ResourceList, in pods and in templates alike.
    private static ResourceRequirements? ApplyResources(ResourceRequirements? resources) =>
        resources is null
            ? null
            : Unchanged.Keep(resources, resources with
            {
                Limits = Unchanged.RoundUpToMilli(resources.Limits),
                Requests = Unchanged.RoundUpToMilli(resources.Requests),
            });
}
