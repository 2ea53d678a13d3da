// Loads Kubernetes manifests, applies the API server's defaults, validates them and prints the result:
// the defaulted objects as YAML when everything is valid, otherwise one line per problem. Exit code 1 on errors.
using PodSim.Defaulting;
using PodSim.Manifests;
using PodSim.Validation;

var paths = args.Length > 0 ? args : [Path.Combine(AppContext.BaseDirectory, "manifests", "web-pod.yaml")];
var result = new ManifestLoader().LoadFiles(paths);

foreach (var warning in result.Warnings)
{
    Console.Error.WriteLine("warning: " + warning);
}

var failed = result.HasErrors;
foreach (var error in result.Errors)
{
    Console.WriteLine(error);
}

var defaulted = new List<object>();
foreach (var loaded in result.Objects)
{
    var obj = ApiDefaults.Apply(loaded.Object);
    foreach (var error in ObjectValidator.Validate(obj))
    {
        failed = true;
        Console.WriteLine($"{loaded.LocateField(error.Field)}: {loaded.Reference}: {error}");
    }

    defaulted.Add(obj);
}

if (!failed)
{
    Console.Write(ManifestWriter.ToYaml(defaulted));
}

return failed ? 1 : 0;
