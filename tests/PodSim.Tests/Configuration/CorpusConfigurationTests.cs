using PodSim.Configuration;
using PodSim.Defaulting;
using PodSim.Manifests;
using PodSim.Model;
using PodSim.Tests.Support;

namespace PodSim.Tests.Configuration;

/// <summary>Every pod and pod template of the documentation corpus can be configured, the same way twice.</summary>
public class CorpusConfigurationTests
{
    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        var corpus = SharedPaths.Corpus;
        if (corpus is null)
        {
            data.Add("(no ../shared/corpus in this clone)");
            return data;
        }

        foreach (var line in File.ReadAllLines(Path.Combine(corpus, "INDEX.tsv")).Skip(1))
        {
            var columns = line.Split('\t');
            // Only files with a pod or a pod template: the others would run no assertion.
            if (columns.Length >= 4 && columns[3] == "yes" && int.TryParse(columns[2], out var pods) && pods > 0)
            {
                data.Add(columns[0]);
            }
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(CorpusFiles))]
    public void Every_container_of_the_corpus_can_be_configured_deterministically(string path)
    {
        var corpus = SharedPaths.Corpus;
        Skip.If(corpus is null, "../shared/corpus is not beside this clone");
        var loaded = new ManifestLoader().LoadFiles(Path.Combine(corpus, path));
        var sources = new ConfigurationSources
        {
            ConfigMaps = loaded.OfType<ConfigMap>(),
            Secrets = loaded.OfType<Secret>(),
            Services = loaded.OfType<Service>(),
        };

        var configured = 0;
        foreach (var pod in Pods(loaded))
        {
            var spec = pod.Spec!;
            foreach (var container in spec.InitContainers.Concat(spec.Containers))
            {
                configured++;
                var first = ContainerConfigurator.Build(pod, container, sources, new ImageConfig());
                var second = ContainerConfigurator.Build(pod, container, sources, new ImageConfig());

                Render(first).Should().Be(Render(second));
                first.ResolvConf.Text.Should().Contain("nameserver ");
            }
        }

        configured.Should().BePositive("the index says this file holds a pod or a pod template");
    }

    private static IEnumerable<Pod> Pods(ManifestLoadResult loaded)
    {
        foreach (var item in loaded.Objects)
        {
            var obj = ApiDefaults.Apply(item.Object);
            var template = obj switch
            {
                Deployment d => d.Spec?.Template,
                StatefulSet s => s.Spec?.Template,
                DaemonSet ds => ds.Spec?.Template,
                ReplicaSet rs => rs.Spec?.Template,
                Job j => j.Spec?.Template,
                CronJob cj => cj.Spec?.JobTemplate?.Spec?.Template,
                ReplicationController rc => rc.Spec?.Template,
                _ => null,
            };
            if (obj is Pod pod)
            {
                yield return pod with { Status = new PodStatus { PodIP = "10.244.0.9", HostIP = "10.0.0.5" } };
            }
            else if (template?.Spec is { } spec)
            {
                var meta = (template.Metadata ?? new ObjectMeta()) with { Name = obj.Metadata.Name + "-0", Namespace = obj.Metadata.Namespace };
                yield return new Pod { Metadata = meta, Spec = spec };
            }
        }
    }

    private static string Render(ContainerConfiguration config) =>
        string.Join('\n', config.Environment.Variables.Select(v => v.Name + "=" + v.Value))
        + "|" + string.Join(' ', config.Command.Argv)
        + "|" + string.Join(',', config.Mounts.Mounts)
        + "|" + string.Join(',', config.Mounts.Files.Select(f => f.Path + ":" + f.File.Text))
        + "|" + config.ResolvConf.Text + "|" + config.Hosts.Text + "|" + config.Identity.FormatId()
        + "|" + config.BlockingError;
}
