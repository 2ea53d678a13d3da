using PodSim.Cli.CommandLine;

namespace PodSim.Cli.Commands;

/// <summary>The commands of the tool and their flags: the public contract documented in docs/cli.md.</summary>
internal static class CommandCatalog
{
    /// <summary>The work budget flag of every command that simulates.</summary>
    private static readonly OptionSpec WorkBudgetOption = new(
        "work-budget",
        null,
        "N",
        "Stop with an error after N pieces of simulation work (default: the Scenario's spec.workBudget, else 10000000).");

    private const string FileHelp = "Manifest files (YAML or JSON, several documents each), directories of them, or \"-\" for standard input.";

    /// <summary>The resource words <c>get</c>, <c>describe</c> and <c>inspect</c> accept for pods.</summary>
    public static readonly IReadOnlyList<string> PodWords = ["pods", "pod", "po"];

    /// <summary>The <c>--version</c> flag of the tool.</summary>
    public static readonly OptionSpec VersionOption = new("version", null, null, "Print the version of podsim.");

    /// <summary><c>podsim run</c>.</summary>
    public static readonly CommandSpec Run = new(
        "run",
        "FILE...",
        "Simulate and print the event timeline, then a summary line per pod",
        "Simulate the objects in FILE... (with the Scenario among them, if any) and print every event as it happened,\n"
        + "one line each with its virtual time first (+1m30s), then one summary line per pod: phase, restarts and time\n"
        + "to Ready. With -o json, print the events as a JSON array of Kubernetes Event objects instead. The lines are\n"
        + "written as the run goes; Ctrl-C stops it cleanly with the summary so far (exit 130), and on a terminal a\n"
        + "progress line shows on standard error once a run lasts a second.",
        [
            new OptionSpec("output", 'o', "FORMAT", "Output format: text or json (default text).", ["text", "json"]),
            new OptionSpec("until", null, "DURATION", "Simulate up to this virtual time instead of the scenario's spec.until (default 10m)."),
            WorkBudgetOption,
        ],
        [("FILE", FileHelp)],
        [
            "podsim run samples/scenarios/crash-loop.yaml",
            "podsim run samples/scenarios/crash-loop.yaml --until 2m -o json",
            "cat pod.yaml | podsim run -",
        ]);

    /// <summary><c>podsim get pods</c>.</summary>
    public static readonly CommandSpec GetPods = new(
        "get pods",
        "FILE...",
        "Print the pods at a virtual time, like kubectl get pods",
        "Simulate the objects in FILE... up to the virtual time --at and print the pods as kubectl get pods would,\n"
        + "sorted by namespace and name. With --no-simulate, print the pods exactly as the files give them (status\n"
        + "included), as kubectl prints a saved object.",
        [
            new OptionSpec("at", null, "DURATION", "The virtual time to show, after every event at or before it (default: the scenario's spec.until)."),
            new OptionSpec("output", 'o', "FORMAT", "Output format: table, wide, json or yaml (default table).", ["table", "wide", "json", "yaml"]),
            new OptionSpec("namespace", 'n', "NAMESPACE", "Only the pods of this namespace (default: every namespace in the files)."),
            new OptionSpec("no-simulate", null, null, "Print the pods as given in the files, without simulating."),
            new OptionSpec("now", null, "TIME", "With --no-simulate: the RFC 3339 time ages are measured from (default: the current time)."),
            WorkBudgetOption,
        ],
        [("FILE", FileHelp)],
        [
            "podsim get pods samples/scenarios/crash-loop.yaml --at 1m",
            "podsim get pods samples/scenarios/crash-loop.yaml -o yaml",
            "kubectl get pod web -o yaml | podsim get pods --no-simulate -",
        ]);

    /// <summary><c>podsim describe pod</c>.</summary>
    public static readonly CommandSpec DescribePod = new(
        "describe pod",
        "NAME FILE...",
        "Describe one pod at a virtual time, like kubectl describe pod",
        "Simulate the objects in FILE... up to the virtual time --at and describe the pod NAME as kubectl describe pod\n"
        + "would, with its events.",
        [
            new OptionSpec("at", null, "DURATION", "The virtual time to show, after every event at or before it (default: the scenario's spec.until)."),
            new OptionSpec("namespace", 'n', "NAMESPACE", "The pod's namespace (default \"default\")."),
            WorkBudgetOption,
        ],
        [("NAME", "The pod's name."), ("FILE", FileHelp)],
        ["podsim describe pod web samples/scenarios/crash-loop.yaml --at 2m"]);

    /// <summary><c>podsim inspect pod</c>.</summary>
    public static readonly CommandSpec InspectPod = new(
        "inspect pod",
        "NAME FILE...",
        "Show what one container of a pod gets: environment, command, files, DNS, user",
        "Simulate the objects in FILE... up to the virtual time --at and print what one container of the pod NAME gets\n"
        + "from its configuration: the environment with where each value came from, the command line, the mounts and the\n"
        + "files in them, /etc/resolv.conf, /etc/hosts, the effective security context and the user it runs as, and the\n"
        + "errors and events that keep it from starting (CreateContainerConfigError, FailedMount). With -o json, print\n"
        + "the same as one JSON object.",
        [
            new OptionSpec("container", 'c', "CONTAINER", "The container (default: the pod's kubectl.kubernetes.io/default-container annotation, else its first container)."),
            new OptionSpec("at", null, "DURATION", "The virtual time to show, after every event at or before it (default: the scenario's spec.until)."),
            new OptionSpec("namespace", 'n', "NAMESPACE", "The pod's namespace (default \"default\")."),
            new OptionSpec("output", 'o', "FORMAT", "Output format: text or json (default text).", ["text", "json"]),
            WorkBudgetOption,
        ],
        [("NAME", "The pod's name."), ("FILE", FileHelp)],
        [
            "podsim inspect pod web samples/scenarios/app-config.yaml",
            "podsim inspect pod web samples/scenarios/app-config.yaml --at 10s",
            "podsim inspect pod web samples/scenarios/app-config.yaml -c app -o json",
        ]);

    /// <summary><c>podsim validate</c>.</summary>
    public static readonly CommandSpec Validate = new(
        "validate",
        "FILE...",
        "Check manifests as the API server would",
        "Load FILE..., apply the API server's defaults and validate every object (Scenarios included), and check\n"
        + "that no file holds two Scenarios or two objects of the same kind and name. Write one line per problem to\n"
        + "standard error, FILE:LINE:COLUMN: Kind/name: field.path: Type: detail, and exit 1; exit 0 silently when\n"
        + "everything is valid. Warnings (unknown fields, kinds PodSim does not simulate) do not fail.",
        [],
        [("FILE", FileHelp)],
        ["podsim validate samples/manifests/broken-pod.yaml"]);

    /// <summary>Every command, in the order the tool's help lists them.</summary>
    public static readonly IReadOnlyList<CommandSpec> All = [Run, GetPods, DescribePod, InspectPod, Validate];
}
