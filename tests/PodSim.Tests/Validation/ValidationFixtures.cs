using PodSim.Model;
using PodSim.Validation;

namespace PodSim.Tests.Validation;

/// <summary>Already-defaulted objects (as the API server sees them after defaulting) and upstream message texts.</summary>
internal static class ValidationFixtures
{
    public const string Dns1123LabelMsg =
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

    public const string Dns1123SubdomainMsg =
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

    public const string Dns1035LabelMsg =
        "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

    public const string QualifiedNameMsg =
        "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

    public const string LabelValueMsg =
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

    public const string EnvVarNameMsg =
        "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')";

    public static Container Ctr(string name = "app") => new()
    {
        Name = name,
        Image = "nginx:1.25",
        ImagePullPolicy = PullPolicies.IfNotPresent,
        TerminationMessagePath = "/dev/termination-log",
        TerminationMessagePolicy = TerminationMessagePolicies.File,
    };

    public static Probe HttpProbe(int port = 8080) => new()
    {
        HttpGet = new HttpGetAction { Path = "/healthz", Port = port, Scheme = UriSchemes.Http },
        TimeoutSeconds = 1,
        PeriodSeconds = 10,
        SuccessThreshold = 1,
        FailureThreshold = 3,
        InitialDelaySeconds = 0,
    };

    public static Pod ValidPod() => new()
    {
        ApiVersion = "v1",
        Kind = "Pod",
        Metadata = new ObjectMeta { Name = "web", Namespace = "default", Labels = new Dictionary<string, string> { ["app"] = "web" } },
        Spec = ValidSpec(),
    };

    public static PodSpec ValidSpec() => new()
    {
        Containers = [Ctr()],
        RestartPolicy = RestartPolicies.Always,
        DnsPolicy = DnsPolicies.ClusterFirst,
        TerminationGracePeriodSeconds = 30,
        SchedulerName = "default-scheduler",
        SecurityContext = new PodSecurityContext(),
        EnableServiceLinks = true,
    };

    public static Pod WithSpec(this Pod pod, Func<PodSpec, PodSpec> f) => pod with { Spec = f(pod.Spec!) };

    public static Pod WithContainer(this Pod pod, Func<Container, Container> f) =>
        pod.WithSpec(s => s with { Containers = [f(s.Containers[0]), .. s.Containers.Skip(1)] });

    public static PodTemplateSpec Template(string restartPolicy = RestartPolicies.Always) => new()
    {
        Metadata = new ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = "web" } },
        Spec = ValidSpec() with { RestartPolicy = restartPolicy },
    };

    public static LabelSelector AppSelector() => new() { MatchLabels = new Dictionary<string, string> { ["app"] = "web" } };

    public static ObjectMeta Meta(string name = "web") => new() { Name = name, Namespace = "default" };

    public static string[] Render(IReadOnlyList<FieldError> errors) => errors.Select(e => e.ToString()).ToArray();
}
