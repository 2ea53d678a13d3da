using PodSim.Cli.CommandLine;
using PodSim.Cli.Output;
using PodSim.Model;
using PodSim.Printing;

namespace PodSim.Cli.Commands;

/// <summary><c>podsim get pods FILE... [--at DURATION] [-o table|wide|json|yaml] [--no-simulate [--now TIME]] [-n NAMESPACE]</c>.</summary>
internal static class GetPodsCommand
{
    /// <summary>Runs the command.</summary>
    /// <param name="args">The parsed arguments.</param>
    /// <param name="context">The streams.</param>
    /// <returns>The exit code.</returns>
    public static int Execute(ParsedArguments args, CliContext context)
    {
        var path = args.Command.Path;
        var at = FlagValues.Duration(args, "at");
        var nowFlag = FlagValues.Time(args, "now");
        var output = args.Get("output") ?? "table";
        var ns = args.Get("namespace");
        var noSimulate = args.IsOn("no-simulate");
        if (noSimulate && at is not null)
        {
            throw new UsageException("--at cannot be used with --no-simulate (use --now)", path);
        }

        if (!noSimulate && nowFlag is not null)
        {
            throw new UsageException("--now needs --no-simulate (simulated ages use the virtual clock; use --at)", path);
        }

        IReadOnlyList<Pod> pods;
        DateTimeOffset now;
        if (noSimulate)
        {
            var manifests = InputFiles.Load(args.Positionals, context, path);
            InputFiles.Check(manifests, context);
            pods = manifests.OfType<Pod>();
            now = nowFlag ?? context.WallClock();
        }
        else
        {
            var sim = SimulationInput.Create(args.Positionals, context, path);
            sim.RecordHistory = false;
            var stopped = SimulationRun.To(sim, at, "at", args, context);
            SimulationInput.WriteWarnings(sim, context);
            SimulationInput.WriteRejections(sim, context);
            if (stopped is not null)
            {
                throw stopped;
            }

            pods = sim.Pods;
            now = sim.Now;
        }

        var list = Sorted(pods, ns);
        switch (output)
        {
            case "json":
                context.Stdout.Write(KubeList.ToJson(list));
                return 0;
            case "yaml":
                context.Stdout.Write(KubeList.ToYaml(list));
                return 0;
        }

        if (list.Count == 0)
        {
            context.Stderr.Write(PodTablePrinter.NoResourcesMessage(ns ?? "default") + "\n");
            return 0;
        }

        var options = new PodTableOptions { Wide = output == "wide", WithNamespace = ns is null && SpansNamespaces(list) };
        context.Stdout.Write(PodTablePrinter.Print(list, now, options));
        return 0;
    }

    /// <summary>The pods of one namespace (or all), sorted by namespace then name as the API server lists them.</summary>
    private static List<Pod> Sorted(IReadOnlyList<Pod> pods, string? ns)
    {
        var list = new List<Pod>();
        foreach (var pod in pods)
        {
            if (ns is null || NamespaceOf(pod) == ns)
            {
                list.Add(pod);
            }
        }

        list.Sort((a, b) =>
        {
            var byNamespace = string.CompareOrdinal(NamespaceOf(a), NamespaceOf(b));
            return byNamespace != 0 ? byNamespace : string.CompareOrdinal(a.Metadata.Name, b.Metadata.Name);
        });
        return list;
    }

    private static string NamespaceOf(Pod pod) => string.IsNullOrEmpty(pod.Metadata.Namespace) ? "default" : pod.Metadata.Namespace;

    private static bool SpansNamespaces(List<Pod> pods)
    {
        foreach (var pod in pods)
        {
            if (NamespaceOf(pod) != NamespaceOf(pods[0]))
            {
                return true;
            }
        }

        return false;
    }
}
