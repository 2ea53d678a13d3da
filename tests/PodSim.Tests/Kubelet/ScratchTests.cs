using PodSim.Tests.Support;
using Xunit.Abstractions;

namespace PodSim.Tests.Kubelet;

public class ScratchTests(ITestOutputHelper output)
{
    [Fact]
    public void Scratch()
    {
        var sim = Sim.Run("""
            apiVersion: podsim.io/v1alpha1
            kind: Scenario
            metadata: {name: s}
            spec:
              behaviors:
              - pod: web
                container: app
                exitAfter: 5s
                exitCode: 1
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
              - name: app
                image: nginx:1.25
            """, TimeSpan.FromSeconds(100));
        output.WriteLine(Sim.Dump(sim));
        Assert.True(true);
    }
}
