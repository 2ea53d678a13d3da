using PodSim.Tests.Support;

namespace PodSim.Tests.Engine;

/// <summary>The scenario's <c>delete</c> takes any kind; <c>pod: NAME</c> stays a shorthand for kind Pod.</summary>
public class DeleteActionTests
{
    [Fact]
    public void Delete_of_a_config_map_by_kind_and_name_removes_it_and_a_missing_one_is_reported()
    {
        const string yaml = """
            apiVersion: podsim.io/v1alpha1
            kind: Scenario
            metadata: {name: delete}
            spec:
              actions:
              - {at: 10s, delete: {kind: ConfigMap, name: settings}}
              - {at: 20s, delete: {kind: ConfigMap, name: settings}}
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: settings}
            data: {MODE: fast}
            """;
        var sim = Sim.FromYaml(yaml);

        sim.RunUntil(TimeSpan.FromSeconds(9));
        sim.Snapshot().Objects.Should().Contain(o => o.Kind == "ConfigMap");
        sim.RunUntil(TimeSpan.FromSeconds(30));

        sim.Snapshot().Objects.Should().NotContain(o => o.Kind == "ConfigMap");
        sim.Warnings.Should().Equal("+20s spec.actions[1].delete: configmaps \"settings\" not found");
    }
}
