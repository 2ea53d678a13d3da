using PodSim.Engine;
using PodSim.Model;
using PodSim.Tests.Support;

namespace PodSim.Tests.Engine;

/// <summary>
/// The service account token volume in a simulation: its name comes from the seed, ServiceAccount objects of the
/// input are read, and the root CA ConfigMap it projects exists in every namespace, so the pod starts.
/// </summary>
public class SimulationServiceAccountTests
{
    private const string MountPath = "/var/run/secrets/kubernetes.io/serviceaccount";

    private const string WebPod = """
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - {name: app, image: nginx:1.27}
        """;

    private static string Seeded(long seed) => $$"""
        apiVersion: podsim.io/v1alpha1
        kind: Scenario
        metadata: {name: s}
        spec: {seed: {{seed}}}
        ---
        {{WebPod}}
        """;

    [Fact]
    public void Simulated_pod_gets_the_token_volume_and_starts_without_a_root_ca_config_map_in_the_input()
    {
        var sim = Sim.Run(WebPod, TimeSpan.FromSeconds(10));

        var pod = sim.GetPod("web")!;
        var volume = pod.Spec!.Volumes.Should().ContainSingle().Subject;
        volume.Name.Should().MatchRegex("^kube-api-access-[bcdfghjklmnpqrstvwxz2456789]{5}$");
        pod.Spec.Containers[0].VolumeMounts.Should().Equal(new VolumeMount { Name = volume.Name, ReadOnly = true, MountPath = MountPath });
        pod.Status!.Phase.Should().Be(PodPhases.Running);
        sim.Events.Should().NotContain(e => e.Reason == "FailedMount");
    }

    [Fact]
    public void Token_volume_name_is_the_same_on_every_run_with_a_seed_and_depends_on_the_seed()
    {
        static string VolumeName(long seed) => Sim.FromYaml(Seeded(seed)).GetPod("web")!.Spec!.Volumes[0].Name!;

        VolumeName(7).Should().Be(VolumeName(7));
        VolumeName(7).Should().NotBe(VolumeName(8));
    }

    [Fact]
    public void Automount_false_on_a_service_account_in_the_input_leaves_its_pods_without_the_token_volume()
    {
        var sim = Sim.FromYaml(
            """
            apiVersion: v1
            kind: ServiceAccount
            metadata: {name: builder}
            automountServiceAccountToken: false
            imagePullSecrets: [{name: registry}]
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: build}
            spec:
              serviceAccountName: builder
              containers:
              - {name: app, image: nginx:1.27}
            ---
            """ + "\n" + WebPod);

        var build = sim.GetPod("build")!.Spec!;
        build.Volumes.Should().BeEmpty();
        build.Containers[0].VolumeMounts.Should().BeEmpty();
        build.ImagePullSecrets.Select(s => s.Name).Should().Equal("registry");
        sim.GetPod("web")!.Spec!.Volumes.Should().ContainSingle("the default account is not the one that opts out");
    }

    [Fact]
    public void Service_account_with_an_invalid_name_is_refused_with_its_field_path()
    {
        var act = () => Sim.FromYaml("apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: Builder}\n");

        act.Should().Throw<SimulationInputException>().Which.Problems.Should().ContainSingle()
            .Which.Should().Contain("metadata.name: Invalid value: \"Builder\"");
    }
}
