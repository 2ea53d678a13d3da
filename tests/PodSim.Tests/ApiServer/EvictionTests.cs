using FluentAssertions;
using PodSim.ApiServer;
using PodSim.Engine;
using PodSim.Model;
using PodSim.Tests.Support;

namespace PodSim.Tests.ApiServer;

/// <summary>
/// The pods/eviction subresource (<c>pkg/registry/core/pod/storage/eviction.go</c>): the PodDisruptionBudget that
/// selects a running pod decides; pods that run nothing, or that are being deleted, go at once.
/// </summary>
public class EvictionTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    private const string CannotEvict = "Cannot evict pod as it would violate the pod's disruption budget.";

    private static Simulation Running(string budgets = "", string podSpec = "containers: [{name: app, image: \"nginx:1.25\"}]")
    {
        var sim = Sim.FromYaml($$$"""
            apiVersion: podsim.io/v1alpha1
            kind: Scenario
            metadata: {name: evict}
            spec:
              images: [{image: "nginx:1.25", present: true}]
              behaviors:
              - {container: app, probes: {readiness: [{from: 0s, to: 1h, result: Failure}]}}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web, labels: {app: web}}
            spec:
              terminationGracePeriodSeconds: 5
              {{{podSpec}}}
            {{{budgets}}}
            """);
        sim.RunUntil(S(5));
        return sim;
    }

    private static string Budget(string name, string selector = "selector: {matchLabels: {app: web}}", string policy = "") => $$$"""
        ---
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: {name: {{{name}}}}
        spec:
          minAvailable: 1
          {{{selector}}}
          {{{policy}}}
        """;

    /// <summary>Writes the budget's status as the disruption controller would.</summary>
    private static void Observe(Simulation sim, string name, int allowed, int current, int desired, params Condition[] conditions)
    {
        var pdb = (PodDisruptionBudget)sim.Api.Get("PodDisruptionBudget", "default", name);
        sim.Api.UpdateStatus(pdb with
        {
            Status = new PodDisruptionBudgetStatus
            {
                ObservedGeneration = pdb.Metadata.Generation,
                DisruptionsAllowed = allowed,
                CurrentHealthy = current,
                DesiredHealthy = desired,
                ExpectedPods = current,
                Conditions = conditions,
            },
        });
    }

    private static ApiStatusException Refusal(Simulation sim)
    {
        var act = () => sim.EvictPod("web");
        return act.Should().Throw<ApiStatusException>().Which;
    }

    [Fact]
    public void A_pod_no_budget_selects_gets_the_disruption_target_condition_and_is_deleted_gracefully()
    {
        var sim = Running();

        sim.EvictPod("web");

        var pod = sim.GetPod("web")!;
        pod.Metadata.DeletionTimestamp.Should().Be(sim.StartTime + S(10));
        var target = pod.Status!.Conditions.Single(c => c.Type == PodConditionTypes.DisruptionTarget);
        target.Status.Should().Be("True");
        target.Reason.Should().Be("EvictionByEvictionAPI");
        target.Message.Should().Be("Eviction API: evicting");
        sim.RunUntil(S(20));
        sim.GetPod("web").Should().BeNull();
    }

    [Fact]
    public void A_budget_the_disruption_controller_has_not_observed_yet_refuses_with_429_and_a_retry_after_10_seconds()
    {
        var sim = Running(Budget("web-pdb"));

        var refusal = Refusal(sim);

        refusal.Reason.Should().Be(ApiStatusReason.TooManyRequests);
        refusal.Code.Should().Be(429);
        refusal.Message.Should().Be(CannotEvict);
        refusal.OtherCauses.Should().Equal("DisruptionBudget: The disruption budget web-pdb is still being processed by the server.");
        refusal.RetryAfterSeconds.Should().Be(10);
        sim.GetPod("web")!.Metadata.DeletionTimestamp.Should().BeNull();
    }

    [Theory]
    [InlineData(1, 1, null, null, "The disruption budget web-pdb needs 1 healthy pods and has 1 currently")]
    [InlineData(2, 1, "SyncFailed", "found no controllers for pod \"web\"", "The disruption budget web-pdb does not allow evicting pods currently because it failed sync: found no controllers for pod \"web\"")]
    [InlineData(2, 1, "InsufficientPods", "two pods are being deleted", "The disruption budget web-pdb does not allow evicting pods currently (InsufficientPods): two pods are being deleted")]
    [InlineData(2, 1, "InsufficientPods", "", "The disruption budget web-pdb does not allow evicting pods currently")]
    public void A_budget_that_allows_no_disruption_refuses_with_its_reason(int current, int desired, string? reason, string? message, string cause)
    {
        var sim = Running(Budget("web-pdb"));
        Condition[] conditions = reason is null ? [] : [new Condition { Type = "DisruptionAllowed", Status = "False", Reason = reason, Message = message }];
        Observe(sim, "web-pdb", allowed: 0, current, desired, conditions);

        var refusal = Refusal(sim);

        refusal.Message.Should().Be(CannotEvict);
        refusal.OtherCauses.Should().Equal("DisruptionBudget: " + cause);
        refusal.RetryAfterSeconds.Should().Be(0);
    }

    [Fact]
    public void An_allowed_eviction_uses_up_the_disruption_and_records_the_pod_for_the_controller()
    {
        var sim = Running(Budget("web-pdb"));
        Observe(sim, "web-pdb", allowed: 1, current: 2, desired: 1);

        sim.EvictPod("web");

        var status = ((PodDisruptionBudget)sim.Api.Get("PodDisruptionBudget", "default", "web-pdb")).Status!;
        status.DisruptionsAllowed.Should().Be(0);
        status.DisruptedPods.Should().ContainKey("web").WhoseValue.Should().Be(sim.StartTime + S(5));
        var condition = status.Conditions.Should().ContainSingle().Subject;
        (condition.Type, condition.Status, condition.Reason).Should().Be(("DisruptionAllowed", "False", "InsufficientPods"));
        sim.GetPod("web")!.Metadata.DeletionTimestamp.Should().NotBeNull();
    }

    [Fact]
    public void Two_budgets_selecting_the_pod_give_an_internal_error()
    {
        var sim = Running(Budget("a") + "\n" + Budget("b", "selector: {}"));

        var refusal = Refusal(sim);

        refusal.Reason.Should().Be(ApiStatusReason.InternalError);
        refusal.Code.Should().Be(500);
        refusal.Message.Should().Be("This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.");
    }

    [Fact]
    public void A_budget_without_a_selector_selects_no_pod()
    {
        var sim = Running(Budget("none", selector: string.Empty));

        sim.EvictPod("web");

        sim.GetPod("web")!.Metadata.DeletionTimestamp.Should().NotBeNull();
    }

    [Fact]
    public void A_negative_disruption_count_is_forbidden()
    {
        var sim = Running(Budget("web-pdb"));
        Observe(sim, "web-pdb", allowed: -1, current: 1, desired: 1);

        var refusal = Refusal(sim);

        refusal.Reason.Should().Be(ApiStatusReason.Forbidden);
        refusal.Message.Should().Be("poddisruptionbudget.policy \"web-pdb\" is forbidden: pdb disruptions allowed is negative");
    }

    [Fact]
    public void A_pending_pod_is_evicted_whatever_its_budget_says()
    {
        var sim = Running(Budget("web-pdb"), "nodeSelector: {pool: none}\n  containers: [{name: app, image: \"nginx:1.25\"}]");
        Observe(sim, "web-pdb", allowed: 0, current: 0, desired: 1);

        sim.EvictPod("web");

        sim.GetPod("web").Should().BeNull("an unbound pod is deleted at once");
    }

    [Theory]
    [InlineData("unhealthyPodEvictionPolicy: AlwaysAllow", 0, 1, 1, true)]
    [InlineData("unhealthyPodEvictionPolicy: AlwaysAllow", 0, 1, 0, true)]
    [InlineData("unhealthyPodEvictionPolicy: IfHealthyBudget", 1, 1, 1, true)]
    [InlineData("", 1, 1, 1, true)]
    [InlineData("", 0, 1, 0, false)]
    public void A_running_pod_that_is_not_ready_goes_as_its_budget_policy_says(string policy, int current, int desired, int allowed, bool evicted)
    {
        var notReady = "containers:\n  - name: app\n    image: \"nginx:1.25\"\n    readinessProbe: {exec: {command: [check]}, periodSeconds: 1}";
        var sim = Running(Budget("web-pdb", policy: policy), notReady);
        Observe(sim, "web-pdb", allowed, current, desired);
        sim.GetPod("web")!.Status!.Phase.Should().Be("Running");

        var act = () => sim.EvictPod("web");

        if (evicted)
        {
            act.Should().NotThrow();
            var status = ((PodDisruptionBudget)sim.Api.Get("PodDisruptionBudget", "default", "web-pdb")).Status!;
            status.DisruptionsAllowed.Should().Be(allowed, "an unhealthy pod uses up no disruption");
            status.DisruptedPods.Should().BeEmpty();
        }
        else
        {
            act.Should().Throw<ApiStatusException>().Which.Reason.Should().Be(ApiStatusReason.TooManyRequests);
        }
    }

    [Fact]
    public void The_scenario_evict_action_reports_a_refusal_as_kubectl_drain_would_see_it()
    {
        var sim = Sim.FromYaml("""
            apiVersion: podsim.io/v1alpha1
            kind: Scenario
            metadata: {name: drain}
            spec:
              images: [{image: "nginx:1.25", present: true}]
              actions:
              - {at: 5s, evict: {pod: web}}
              - {at: 6s, evict: {pod: other}}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web, labels: {app: web}}
            spec:
              containers: [{name: app, image: "nginx:1.25"}]
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata: {name: web-pdb}
            spec:
              minAvailable: 1
              selector: {matchLabels: {app: web}}
            """);

        sim.RunUntil(S(10));

        sim.Warnings.Should().Equal(
            "+5s spec.actions[0].evict: Error from server (TooManyRequests): Cannot evict pod as it would violate the pod's disruption budget. (DisruptionBudget: The disruption budget web-pdb is still being processed by the server.)",
            "+6s spec.actions[1].evict: Error from server (NotFound): pods \"other\" not found");
    }
}
