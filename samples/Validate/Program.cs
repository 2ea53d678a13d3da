// Loads Kubernetes manifests, applies the API server's defaults, validates them and prints the result:
// the defaulted objects as YAML when everything is valid, otherwise one line per problem. Exit code 1 on errors.
using PodSim;
using PodSim.Manifests;

var paths = args.Length > 0 ? args : [Path.Combine(AppContext.BaseDirectory, "manifests", "web-pod.yaml")];
var result = ManifestValidation.ValidateFiles(paths);

foreach (var warning in result.Warnings)
{
    Console.Error.WriteLine("warning: " + warning);
}

foreach (var error in result.Errors)
{
    Console.WriteLine(error);                       // broken-pod.yaml:7:18: Pod/Broken_Pod: spec.restartPolicy: Unsupported value: ...
}

if (result.IsValid)
{
    Console.Write(ManifestWriter.ToYaml(result.Objects.Select(o => (object)o.Object)));
}

return result.IsValid ? 0 : 1;
