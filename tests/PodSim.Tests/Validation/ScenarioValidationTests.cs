using PodSim.Model;
using PodSim.Scenarios;
using PodSim.Validation;
using static PodSim.Tests.Validation.ValidationFixtures;

namespace PodSim.Tests.Validation;

public class ScenarioValidationTests
{
    private static readonly TimeSpan Neg5 = TimeSpan.FromSeconds(-5);

    public static TheoryData<string, Scenario, string[]> Cases => new()
    {
        { "empty scenario", new Scenario(), [] },
        { "no spec", new Scenario { Metadata = new ObjectMeta { Name = "demo" } }, [] },
        { "invalid name", Named("Bad_Name"), [$"metadata.name: Invalid value: \"Bad_Name\": {Dns1123SubdomainMsg}"] },
        { "until zero", WithSpec(new ScenarioSpec { Until = TimeSpan.Zero }), ["spec.until: Invalid value: \"0s\": must be greater than 0"] },
        { "until never", WithSpec(new ScenarioSpec { Until = GoDuration.Never }), ["spec.until: Invalid value: \"never\": may only be used for stopAfter"] },
        { "negative latency", WithSpec(new ScenarioSpec { Latency = new LatencySpec { Sandbox = TimeSpan.FromMilliseconds(-250) } }), ["spec.latency.sandbox: Invalid value: \"-250ms\": must be greater than or equal to 0"] },
        { "never latency", WithSpec(new ScenarioSpec { Latency = new LatencySpec { ContainerStart = GoDuration.Never } }), ["spec.latency.containerStart: Invalid value: \"never\": may only be used for stopAfter"] },
        { "back-off initial zero", BackOff(TimeSpan.Zero, TimeSpan.FromMinutes(5)), ["spec.kubelet.crashLoopBackOff.initial: Invalid value: \"0s\": must be greater than 0"] },
        { "back-off max below initial", BackOff(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(10)), ["spec.kubelet.crashLoopBackOff.max: Invalid value: \"10s\": must be greater than or equal to initial (30s)"] },
        { "back-off max alone below the default initial", WithSpec(new ScenarioSpec { Kubelet = new KubeletSpec { CrashLoopBackOff = new BackOffSpec { Max = TimeSpan.FromSeconds(5) } } }), ["spec.kubelet.crashLoopBackOff.max: Invalid value: \"5s\": must be greater than or equal to initial (10s)"] },
        { "back-off initial alone above the default max", WithSpec(new ScenarioSpec { Kubelet = new KubeletSpec { ImagePullBackOff = new BackOffSpec { Initial = TimeSpan.FromMinutes(6) } } }), ["spec.kubelet.imagePullBackOff.initial: Invalid value: \"6m0s\": must be less than or equal to max (5m0s)"] },
        { "memory step without usage", WithSpec(new ScenarioSpec { Behaviors = [new BehaviorSpec { Memory = new MemorySpec { Steps = [new MemoryStepSpec { At = TimeSpan.FromSeconds(5) }] } }] }), ["spec.behaviors[0].memory.steps[0].usage: Required value"] },
        { "back-off max equal to initial", BackOff(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10)), [] },
        { "image pull back-off never", WithSpec(new ScenarioSpec { Kubelet = new KubeletSpec { ImagePullBackOff = new BackOffSpec { Max = GoDuration.Never } } }), ["spec.kubelet.imagePullBackOff.max: Invalid value: \"never\": may only be used for stopAfter"] },
        { "image required", Images(new ImageSpec { Present = true }), ["spec.images[0].image: Required value"] },
        { "duplicate image", Images(new ImageSpec { Image = "nginx:1.25" }, new ImageSpec { Image = "nginx:1.25" }), ["spec.images[1].image: Duplicate value: \"nginx:1.25\""] },
        { "negative failPulls", Images(new ImageSpec { Image = "a", FailPulls = -1 }), ["spec.images[0].failPulls: Invalid value: -1: must be greater than or equal to 0"] },
        { "failPulls always", Images(new ImageSpec { Image = "a", FailPulls = "always" }), [] },
        { "failPulls unsupported string", Images(new ImageSpec { Image = "a", FailPulls = "forever" }), ["spec.images[0].failPulls: Unsupported value: \"forever\": supported values: \"always\""] },
        { "negative size", Images(new ImageSpec { Image = "a", Size = Quantity.Parse("-1Mi") }), ["spec.images[0].size: Invalid value: \"-1Mi\": must be greater than or equal to 0"] },
        { "negative pullDuration", Images(new ImageSpec { Image = "a", PullDuration = Neg5 }), ["spec.images[0].pullDuration: Invalid value: \"-5s\": must be greater than or equal to 0"] },
        { "negative exitAfter", Behaviors(new BehaviorSpec { ExitAfter = Neg5 }), ["spec.behaviors[0].exitAfter: Invalid value: \"-5s\": must be greater than or equal to 0"] },
        { "exitAfter never", Behaviors(new BehaviorSpec { ExitAfter = GoDuration.Never }), ["spec.behaviors[0].exitAfter: Invalid value: \"never\": may only be used for stopAfter"] },
        { "stopAfter never allowed", Behaviors(new BehaviorSpec { StopAfter = GoDuration.Never, Runs = [new RunSpec { StopAfter = GoDuration.Never }] }), [] },
        { "negative stopAfter", Behaviors(new BehaviorSpec { StopAfter = Neg5 }), ["spec.behaviors[0].stopAfter: Invalid value: \"-5s\": must be greater than or equal to 0"] },
        {
            "pod with podSelector",
            Behaviors(new BehaviorSpec { Pod = "web", PodSelector = new LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "web" } } }),
            ["spec.behaviors[0].pod: Forbidden: may not be set together with podSelector"]
        },
        {
            "invalid podSelector",
            Behaviors(new BehaviorSpec { PodSelector = new LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "-bad-" } } }),
            ValidateSelector(new LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "-bad-" } }, "spec.behaviors[0].podSelector")
        },
        { "exitCode out of range", Behaviors(new BehaviorSpec { ExitCode = 256 }), ["spec.behaviors[0].exitCode: Invalid value: 256: must be between 0 and 255, inclusive"] },
        { "negative sigtermExitCode", Behaviors(new BehaviorSpec { SigtermExitCode = -1 }), ["spec.behaviors[0].sigtermExitCode: Invalid value: -1: must be between 0 and 255, inclusive"] },
        {
            "hook result unsupported and negative duration",
            Behaviors(new BehaviorSpec { PreStop = new HookSpec { Duration = Neg5, Result = "Timeout" } }),
            ["spec.behaviors[0].preStop.duration: Invalid value: \"-5s\": must be greater than or equal to 0", "spec.behaviors[0].preStop.result: Unsupported value: \"Timeout\": supported values: \"Success\", \"Failure\""]
        },
        {
            "probe window result required",
            Behaviors(new BehaviorSpec { Probes = new ProbeScriptSpec { Liveness = [new ProbeWindowSpec { From = TimeSpan.Zero }] } }),
            ["spec.behaviors[0].probes.liveness[0].result: Required value"]
        },
        {
            "probe window result unsupported",
            Behaviors(new BehaviorSpec { Probes = new ProbeScriptSpec { Readiness = [new ProbeWindowSpec { Result = "success" }] } }),
            ["spec.behaviors[0].probes.readiness[0].result: Unsupported value: \"success\": supported values: \"Success\", \"Failure\""]
        },
        {
            "probe window from not before to",
            Behaviors(new BehaviorSpec { Probes = new ProbeScriptSpec { Startup = [new ProbeWindowSpec { Result = "Failure" }, new ProbeWindowSpec { From = TimeSpan.FromSeconds(30), To = TimeSpan.FromSeconds(30), Result = "Success" }] } }),
            ["spec.behaviors[0].probes.startup[1].to: Invalid value: \"30s\": must be greater than from"]
        },
        {
            "probe window never and negative latency",
            Behaviors(new BehaviorSpec { Probes = new ProbeScriptSpec { Liveness = [new ProbeWindowSpec { To = GoDuration.Never, Result = "Success", Latency = Neg5 }] } }),
            ["spec.behaviors[0].probes.liveness[0].to: Invalid value: \"never\": may only be used for stopAfter", "spec.behaviors[0].probes.liveness[0].latency: Invalid value: \"-5s\": must be greater than or equal to 0"]
        },
        {
            "negative memory quantities",
            Behaviors(new BehaviorSpec { Memory = new MemorySpec { Initial = Quantity.Parse("-10Mi"), GrowthPerSecond = Quantity.Parse("-1Ki"), Steps = [new MemoryStepSpec { At = Neg5, Usage = Quantity.Parse("-1") }] } }),
            [
                "spec.behaviors[0].memory.initial: Invalid value: \"-10Mi\": must be greater than or equal to 0",
                "spec.behaviors[0].memory.growthPerSecond: Invalid value: \"-1Ki\": must be greater than or equal to 0",
                "spec.behaviors[0].memory.steps[0].at: Invalid value: \"-5s\": must be greater than or equal to 0",
                "spec.behaviors[0].memory.steps[0].usage: Invalid value: \"-1\": must be greater than or equal to 0",
            ]
        },
        {
            "run fields",
            Behaviors(new BehaviorSpec { Runs = [new RunSpec(), new RunSpec { ExitAfter = GoDuration.Never, ExitCode = 300, ReadyAfter = Neg5, PostStart = new HookSpec { Result = "Maybe" } }] }),
            [
                "spec.behaviors[0].runs[1].exitAfter: Invalid value: \"never\": may only be used for stopAfter",
                "spec.behaviors[0].runs[1].exitCode: Invalid value: 300: must be between 0 and 255, inclusive",
                "spec.behaviors[0].runs[1].readyAfter: Invalid value: \"-5s\": must be greater than or equal to 0",
                "spec.behaviors[0].runs[1].postStart.result: Unsupported value: \"Maybe\": supported values: \"Success\", \"Failure\"",
            ]
        },
        { "action at required", Actions(new ActionSpec { Delete = new DeleteActionSpec { Pod = "web" } }), ["spec.actions[0].at: Required value"] },
        { "action at never", Actions(new ActionSpec { At = GoDuration.Never, Delete = new DeleteActionSpec { Pod = "web" } }), ["spec.actions[0].at: Invalid value: \"never\": may only be used for stopAfter"] },
        { "action without kind", Actions(new ActionSpec { At = TimeSpan.Zero }), ["spec.actions[0]: Required value: must specify one of: delete, kill, create, apply, evict"] },
        {
            "action with two kinds",
            Actions(new ActionSpec { At = TimeSpan.Zero, Delete = new DeleteActionSpec { Pod = "web" }, Create = new CreateActionSpec { Manifest = "{apiVersion: v1, kind: ConfigMap, metadata: {name: cm}}" } }),
            ["spec.actions[0]: Forbidden: may not specify more than one action"]
        },
        {
            "delete target required and negative grace",
            Actions(new ActionSpec { At = TimeSpan.Zero, Delete = new DeleteActionSpec { GracePeriodSeconds = -1 } }),
            ["spec.actions[0].delete.kind: Required value: or pod", "spec.actions[0].delete.name: Required value", "spec.actions[0].delete.gracePeriodSeconds: Invalid value: -1: must be greater than or equal to 0"]
        },
        {
            "delete of an unknown kind, a bad propagation policy, pod with kind and name",
            Actions(
                new ActionSpec { At = TimeSpan.Zero, Delete = new DeleteActionSpec { Kind = "Widget", Name = "w", PropagationPolicy = "Later" } },
                new ActionSpec { At = TimeSpan.Zero, Delete = new DeleteActionSpec { Pod = "web", Kind = "ConfigMap", Name = "x" } }),
            [
                "spec.actions[0].delete.kind: Unsupported value: \"Widget\": supported values: \"Pod\", \"ConfigMap\", \"Secret\", \"Node\", \"LimitRange\", \"ResourceQuota\", \"Service\", \"ServiceAccount\", \"ReplicationController\", \"Deployment\", \"ReplicaSet\", \"StatefulSet\", \"DaemonSet\", \"Job\", \"CronJob\", \"PriorityClass\", \"RuntimeClass\", \"PodDisruptionBudget\", \"Event\"",
                "spec.actions[0].delete.propagationPolicy: Unsupported value: \"Later\": supported values: \"Background\", \"Foreground\", \"Orphan\"",
                "spec.actions[1].delete.kind: Forbidden: may not be given with pod, which means kind Pod",
                "spec.actions[1].delete.name: Forbidden: may not be given with pod",
            ]
        },
        { "apply manifest required", Actions(new ActionSpec { At = TimeSpan.Zero, Apply = new ApplyActionSpec() }), ["spec.actions[0].apply.manifest: Required value"] },
        {
            "kill pod and container required, empty reason",
            Actions(new ActionSpec { At = TimeSpan.Zero, Kill = new KillActionSpec { Reason = "" } }),
            ["spec.actions[0].kill.pod: Required value", "spec.actions[0].kill.container: Required value", "spec.actions[0].kill.reason: Invalid value: \"\": must be non-empty"]
        },
        { "create manifest required", Actions(new ActionSpec { At = TimeSpan.FromMinutes(1) }, new ActionSpec { At = TimeSpan.Zero, Create = new CreateActionSpec() }), ["spec.actions[0]: Required value: must specify one of: delete, kill, create, apply, evict", "spec.actions[1].create.manifest: Required value"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_renders_upstream_style_errors(string name, Scenario scenario, string[] expected)
    {
        _ = name;
        Render(ScenarioValidation.Validate(scenario)).Should().Equal(expected);
    }

    [Fact]
    public void Full_valid_scenario_has_no_errors()
    {
        var scenario = new ScenarioBuilder("crashloop-demo")
            .StartTime(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero))
            .Until(TimeSpan.FromMinutes(10))
            .Seed(42)
            .Latency(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(500))
            .CrashLoopBackOff(TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(5))
            .ImagePullBackOff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30))
            .Behavior(new BehaviorSpec
            {
                PodSelector = new LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "web" } },
                Container = "app",
                ExitAfter = TimeSpan.FromSeconds(5),
                ExitCode = 1,
                ReadyAfter = TimeSpan.FromSeconds(2),
                StopAfter = GoDuration.Never,
                SigtermExitCode = 143,
                PostStart = new HookSpec { Duration = TimeSpan.FromSeconds(1), Result = "Success" },
                PreStop = new HookSpec { Duration = TimeSpan.Zero, Result = "Failure" },
                TerminationMessage = "bye",
                Memory = new MemorySpec { Initial = Quantity.Parse("10Mi"), GrowthPerSecond = Quantity.Parse("1Mi"), Steps = [new MemoryStepSpec { At = TimeSpan.FromSeconds(3), Usage = Quantity.Parse("100Mi") }] },
                Probes = new ProbeScriptSpec
                {
                    Liveness = [new ProbeWindowSpec { From = TimeSpan.Zero, To = TimeSpan.FromSeconds(10), Result = "Failure", Latency = TimeSpan.FromMilliseconds(50) }],
                    Readiness = [new ProbeWindowSpec { Result = "Success" }],
                    Startup = [new ProbeWindowSpec { From = TimeSpan.FromSeconds(1), Result = "Success" }],
                },
                Runs = [new RunSpec { ExitCode = 0, StopAfter = TimeSpan.FromSeconds(3) }, new RunSpec { ExitAfter = TimeSpan.Zero, PreStop = new HookSpec { Result = "Success" } }],
            })
            .Behavior(new BehaviorSpec { Pod = "db", ExitCode = 255, SigtermExitCode = 0 })
            .Delete(TimeSpan.FromMinutes(2), "web", gracePeriodSeconds: 0)
            .Kill(TimeSpan.FromMinutes(3), "db", "app", reason: "Error")
            .Create(TimeSpan.FromMinutes(4), "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers: [{name: app, image: nginx}]\n")
            .Build();
        scenario = scenario with
        {
            Spec = scenario.Spec! with
            {
                Images =
                [
                    new ImageSpec { Image = "nginx:1.25", Present = false, PullDuration = TimeSpan.FromSeconds(2), FailPulls = 2, Size = Quantity.Parse("50Mi") },
                    new ImageSpec { Image = "missing:latest", FailPulls = "always" },
                ],
            },
        };

        ScenarioValidation.Validate(scenario).Should().BeEmpty();
        ObjectValidator.Validate(scenario).Should().BeEmpty();
    }

    [Fact]
    public void Object_validator_dispatches_scenarios()
    {
        Render(ObjectValidator.Validate(Behaviors(new BehaviorSpec { ExitAfter = Neg5 })))
            .Should().Equal("spec.behaviors[0].exitAfter: Invalid value: \"-5s\": must be greater than or equal to 0");
    }

    private static string[] ValidateSelector(LabelSelector selector, string path)
    {
        var expected = Render(LabelValidation.ValidateLabelSelector(selector, FieldPath.New(path)));
        expected.Should().NotBeEmpty();
        return expected;
    }

    private static Scenario Named(string name) => new() { Metadata = new ObjectMeta { Name = name }, Spec = new ScenarioSpec() };

    private static Scenario WithSpec(ScenarioSpec spec) => new() { Spec = spec };

    private static Scenario BackOff(TimeSpan initial, TimeSpan max) =>
        WithSpec(new ScenarioSpec { Kubelet = new KubeletSpec { CrashLoopBackOff = new BackOffSpec { Initial = initial, Max = max } } });

    private static Scenario Images(params ImageSpec[] images) => WithSpec(new ScenarioSpec { Images = images });

    private static Scenario Behaviors(params BehaviorSpec[] behaviors) => WithSpec(new ScenarioSpec { Behaviors = behaviors });

    private static Scenario Actions(params ActionSpec[] actions) => WithSpec(new ScenarioSpec { Actions = actions });
}
