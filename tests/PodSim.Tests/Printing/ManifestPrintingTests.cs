using PodSim.Defaulting;
using PodSim.Manifests;
using PodSim.Model;
using PodSim.Printing;
using PodSim.Tests.Support;
using static PodSim.Tests.Printing.PodFixtures;

namespace PodSim.Tests.Printing;

/// <summary>Printing pods that come from real manifests after API defaulting.</summary>
public class ManifestPrintingTests
{
    [Fact]
    public void Sample_web_pod_prints_after_defaulting()
    {
        var path = Path.Combine(SharedPaths.RepositoryRoot, "samples", "manifests", "web-pod.yaml");
        var loaded = new ManifestLoader().LoadFiles(path).Objects.Should().ContainSingle().Subject;
        var pod = (Pod)ApiDefaults.Apply(loaded.Object);
        pod = pod with { Metadata = pod.Metadata with { CreationTimestamp = Now - TimeSpan.FromSeconds(42) } };

        PodTablePrinter.Print([pod], Now).Should().Be(
            "NAME   READY   STATUS   RESTARTS   AGE\n" +
            "web    0/2              0          42s\n");

        var text = PodDescriber.Describe(pod, [], Now);
        text.Should().Contain("Init Containers:\n  log-shipper:\n    Image:        fluent/fluent-bit:3.0\n");
        text.Should().Contain("    Readiness:    http-get http://:80/ delay=0s timeout=1s period=10s #success=1 #failure=3\n");
        text.Should().Contain("QoS Class:        Burstable\n");
    }

    [SkippableFact]
    public void Every_corpus_pod_prints_and_describes()
    {
        var corpus = SharedPaths.Corpus;
        Skip.If(corpus is null, "../shared/corpus is not beside this clone");

        var loader = new ManifestLoader();
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(corpus, "*.yaml", SearchOption.AllDirectories))
        {
            foreach (var loaded in loader.LoadFiles(file).Objects)
            {
                if (loaded.Object is not Pod raw)
                {
                    continue;
                }

                var pod = (Pod)ApiDefaults.Apply(raw);
                PodTablePrinter.Print([pod], Now, PodTableOptions.WideTable).Should().StartWith("NAME");
                PodDescriber.Describe(pod, [], Now).Should().StartWith("Name:").And.Contain("\nEvents:").And.EndWith("<none>\n");
                count++;
            }
        }

        count.Should().BeGreaterThan(0);
    }
}
