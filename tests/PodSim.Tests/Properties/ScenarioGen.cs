using CsCheck;

namespace PodSim.Tests.Properties;

/// <summary>
/// CsCheck generators of valid scenarios. Every choice shrinks towards the simplest: no optional field, the first
/// alternative, small numbers, short lists; so a failure shrinks to a small scenario.
/// </summary>
internal static class ScenarioGen
{
    private static readonly string[] RestartPolicies = ["Always", "OnFailure", "Never"];
    private static readonly string?[] PullPolicies = [null, "IfNotPresent", "Always", "Never"];

    /// <summary>A value, or null (the simpler case) half of the time.</summary>
    private static Gen<int?> Opt(Gen<int> gen) => Gen.Bool.SelectMany(b => b ? gen.Select(v => (int?)v) : Gen.Const((int?)null));

    private static Gen<T?> OptRef<T>(Gen<T> gen)
        where T : class => Gen.Bool.SelectMany(b => b ? gen.Select(v => (T?)v) : Gen.Const((T?)null));

    /// <summary>
    /// Whole multiples of <paramref name="unit"/>. CsCheck compares sizes by the sum of the numbers drawn, so small
    /// draws keep numbers from outweighing structure when shrinking; a coarse grid also makes things coincide.
    /// </summary>
    private static Gen<int> Steps(int from, int to, int unit) => Gen.Int[from, to].Select(v => v * unit);

    /// <summary>A value one time in <paramref name="n"/>, else null.</summary>
    private static Gen<int?> OneIn(int n, Gen<int> gen) => Gen.Int[1, n].SelectMany(k => k == n ? gen.Select(v => (int?)v) : Gen.Const((int?)null));

    /// <summary>Mostly the image that is present (index 0); sometimes one that is slow, missing, absent or unparsable.</summary>
    private static readonly Gen<int> ImageChoice = Gen.Int[0, 12].Select(v => v < 8 ? 0 : v - 7);

    /// <summary>Mostly no pull policy (the default); sometimes IfNotPresent, Always or Never.</summary>
    private static readonly Gen<int> PullPolicyChoice = Gen.Int[0, 6].Select(v => v < 4 ? 0 : v - 3);

    private static readonly Gen<ProbeModel> Probe =
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, 5], Gen.Int[1, 10], Gen.Int[1, 3], Gen.Int[1, 4], Gen.Int[1, 3], Opt(Gen.Int[1, 10]),
            (handler, delay, period, timeout, failure, success, grace) => new ProbeModel(handler, delay, period, timeout, failure, success, grace));

    /// <summary>
    /// A container. A regular init container usually exits (mostly with 0) so that the pod gets past it; the others
    /// have a behaviour of their own half of the time.
    /// </summary>
    private static Gen<ContainerModel> Container(string name, bool init, bool sidecar) =>
        Gen.Select(
            Gen.Select(ImageChoice, PullPolicyChoice, OptRef(Probe), OptRef(Probe), OptRef(Probe), Gen.Bool, Gen.Bool, OneIn(3, Gen.OneOf(32, 64, 128))),
            init && !sidecar ? Gen.Int[0, 4].SelectMany(k => k == 4 ? OptRef(Behavior) : InitBehavior.Select(b => (BehaviorModel?)b)) : OptRef(Behavior),
            (t, own) => new ContainerModel(name, init, sidecar, t.Item1, PullPolicies[t.Item2], t.Item3, t.Item4, t.Item5, t.Item6, t.Item7, t.Item8, own));

    /// <summary>A regular init container's process: exits after a while, with 0 four times in five.</summary>
    private static Gen<BehaviorModel> InitBehavior =>
        Gen.Select(Steps(1, 6, 5), Gen.Int[0, 4], Run.Array[0, 2], (exit, code, runs) =>
            new BehaviorModel(null, null, exit, code == 4 ? 1 : 0, null, null, null, null, null, null, null, [], runs));

    /// <summary>Init containers: a list of kinds (false regular, true sidecar), named by kind and position.</summary>
    private static Gen<ContainerModel[]> InitContainers =>
        Gen.Bool.Array[0, 3].SelectMany(kinds =>
        {
            var gens = new Gen<ContainerModel>[kinds.Length];
            for (var i = 0; i < kinds.Length; i++)
            {
                gens[i] = Container((kinds[i] ? "side-" : "init-") + i, init: true, sidecar: kinds[i]);
            }

            return Sequence(gens);
        });

    private static Gen<ContainerModel[]> RegularContainers =>
        Gen.Int[1, 3].SelectMany(n => Sequence(Enumerable.Range(0, n).Select(i => Container("app-" + i, init: false, sidecar: false)).ToArray()));

    private static Gen<PodModel> Pod(string name) =>
        Gen.Select(Gen.Int[0, 2], Opt(Steps(0, 8, 5)), OneIn(4, Steps(1, 20, 15)), InitContainers, RegularContainers,
            (policy, grace, deadline, inits, regular) => new PodModel(name, RestartPolicies[policy], grace, deadline, inits, regular));

    private static readonly Gen<HookModel> Hook = Gen.Select(Gen.Int[0, 15], Gen.Bool, (d, fails) => new HookModel(d, fails));

    private static readonly Gen<RunModel> Run =
        Gen.Select(Opt(Steps(1, 18, 5)), Opt(Gen.Int[0, 3]), Opt(Steps(0, 6, 5)), (exit, code, ready) => new RunModel(exit, code, ready));

    private static readonly Gen<WindowModel> Window =
        Gen.Select(Gen.Int[0, 2], Steps(0, 12, 5), Steps(1, 12, 5), Gen.Bool, Opt(Steps(0, 6, 500)),
            (probe, from, length, success, latency) => new WindowModel(probe, from, length, success, latency));

    private static readonly Gen<BehaviorModel> Behavior =
        Gen.Select(
            Gen.Select(Opt(Gen.Int[0, 2]), Opt(Gen.Int[0, 8]), Opt(Steps(1, 24, 5)), Opt(Gen.OneOf(0, 1, 2, 137)), Opt(Steps(0, 12, 5))),
            Gen.Select(Opt(Gen.OneOf(0, 1, 3, 20, BehaviorModel.Never)), Opt(Gen.OneOf(0, 143, 1)), OptRef(Hook), OptRef(Hook)),
            Gen.Select(Opt(Steps(1, 10, 10)), Opt(Gen.Int[0, 5])),
            Window.Array[0, 3],
            Run.Array[0, 3],
            (a, b, memory, windows, runs) => new BehaviorModel(
                a.Item1, a.Item2, a.Item3, a.Item4, a.Item5, b.Item1, b.Item2, b.Item3, b.Item4, memory.Item1, memory.Item2, windows, runs));

    private static readonly Gen<ActionModel> Action =
        Gen.Select(Steps(0, 40, 15), Gen.Bool, Gen.Int[0, 2], Gen.Int[0, 8], Opt(Steps(0, 8, 5)), Gen.Bool,
            (at, kill, pod, container, grace, reason) => new ActionModel(at, kill, pod, container, grace, reason));

    private static readonly Gen<BackOffModel> BackOff =
        Gen.Select(Gen.Int[1, 10], Steps(0, 10, 30), (initial, extra) => new BackOffModel(initial, initial + extra));

    /// <summary>One or two pods, each with one to three containers.</summary>
    private static Gen<PodModel[]> Pods => Gen.Int[1, 2].SelectMany(n => Sequence(Enumerable.Range(0, n).Select(i => Pod("pod-" + i)).ToArray()));

    /// <summary>A whole scenario.</summary>
    public static readonly Gen<ScenarioModel> Scenario =
        Gen.Select(
            Gen.Select(Steps(1, 30, 30), Gen.Int[0, 3], Steps(0, 6, 500), Steps(0, 6, 500), Steps(0, 6, 500)),
            Gen.Select(OptRef(BackOff), OptRef(BackOff), Steps(0, 4, 5), Gen.Int[0, 3]),
            Pods,
            Behavior.Array[0, 3],
            Action.Array[0, 3],
            (a, b, pods, behaviors, actions) => new ScenarioModel(
                a.Item1, a.Item2, a.Item3, a.Item4, a.Item5, b.Item1, b.Item2, new ImageTableModel(b.Item3, b.Item4), pods, behaviors, actions));

    /// <summary>Generates each generator in turn (CsCheck has no sequence of different generators).</summary>
    private static Gen<T[]> Sequence<T>(Gen<T>[] gens)
    {
        var result = Gen.Const(Array.Empty<T>());
        foreach (var gen in gens)
        {
            var g = gen;
            result = result.SelectMany(list => g.Select(item => list.Append(item).ToArray()));
        }

        return result;
    }
}
