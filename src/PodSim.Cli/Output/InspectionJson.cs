using PodSim.Configuration;
using PodSim.Manifests;
using PodSim.Model;

namespace PodSim.Cli.Output;

/// <summary>
/// The <c>-o json</c> output of <c>podsim inspect pod</c>: one object with the same information as the text, in full
/// (nothing is cut). Every member is always present (null or empty when there is nothing); the shape is documented
/// in docs/cli.md.
/// </summary>
internal static class InspectionJson
{
    /// <summary>Renders the inspection.</summary>
    /// <param name="inspection">The inspected container.</param>
    /// <returns>The JSON text, ending in a newline.</returns>
    public static string Write(ContainerInspection inspection)
    {
        var pod = inspection.Pod;
        var config = inspection.Configuration;
        var hostname = config.Hosts.Hostname;
        var command = config.Command;
        var identity = config.Identity;
        var root = JsonTree.Object(
        [
            ("pod", JsonTree.String(pod.Metadata.Name)),
            ("namespace", JsonTree.String(inspection.Namespace)),
            ("container", JsonTree.String(inspection.Container.Name)),
            ("containerType", JsonTree.String(inspection.ContainerType)),
            ("image", JsonTree.String(inspection.Container.Image)),
            ("node", JsonTree.String(Empty(pod.Spec?.NodeName))),
            ("podIP", JsonTree.String(Empty(pod.Status?.PodIP))),
            ("state", JsonTree.String(inspection.State)),
            ("time", JsonTree.String(GoDuration.Format(inspection.At))),
            ("errors", JsonTree.Array(Errors(inspection.Errors))),
            ("environment", JsonTree.Array(Environment(config.Environment.Variables))),
            ("command", JsonTree.Strings(command.Command)),
            ("args", JsonTree.Strings(command.Args)),
            ("argv", JsonTree.Strings(command.Argv)),
            ("workingDir", JsonTree.String(command.WorkingDir)),
            ("mounts", JsonTree.Array(Mounts(config.Mounts.Mounts))),
            ("files", JsonTree.Array(Files(config.Mounts.Files))),
            ("resolvConf", JsonTree.Object(
            [
                ("policy", JsonTree.String(config.ResolvConf.Policy)),
                ("nameservers", JsonTree.Strings(config.ResolvConf.Config.Nameservers)),
                ("searches", JsonTree.Strings(config.ResolvConf.Config.Searches)),
                ("options", JsonTree.Strings(config.ResolvConf.Config.Options)),
                ("text", JsonTree.String(config.ResolvConf.Text)),
            ])),
            ("hosts", JsonTree.Object(
            [
                ("hostname", JsonTree.String(hostname.Hostname)),
                ("fqdn", JsonTree.String(hostname.Fqdn)),
                ("kernelHostname", JsonTree.String(hostname.KernelHostname)),
                ("text", JsonTree.String(config.Hosts.Text)),
            ])),
            ("securityContext", SecurityContext(SecurityContextField.List(inspection))),
            ("runsAs", JsonTree.Object(
            [
                ("uid", JsonTree.Number(identity.Uid)),
                ("username", JsonTree.String(identity.Username)),
                ("gid", JsonTree.Number(identity.Gid)),
                ("groups", JsonTree.Array(Numbers(identity.Groups))),
                ("id", JsonTree.String(identity.FormatId())),
            ])),
            ("oomScoreAdj", JsonTree.Number(inspection.OomScoreAdj)),
            ("events", JsonTree.Array(Events(config.Events))),
        ]);
        return JsonTree.Write(root);
    }

    private static List<FreeformValue> Errors(IReadOnlyList<ConfigurationError> errors)
    {
        var nodes = new List<FreeformValue>();
        foreach (var error in errors)
        {
            nodes.Add(JsonTree.Object([("reason", JsonTree.String(error.Reason)), ("message", JsonTree.String(error.Message))]));
        }

        return nodes;
    }

    private static List<FreeformValue> Environment(IReadOnlyList<EnvironmentVariable> variables)
    {
        var nodes = new List<FreeformValue>();
        foreach (var variable in variables)
        {
            nodes.Add(JsonTree.Object(
            [
                ("name", JsonTree.String(variable.Name)),
                ("value", JsonTree.String(variable.Value)),
                ("source", JsonTree.String(variable.Source.ToString())),
                ("from", JsonTree.String(variable.Origin)),
            ]));
        }

        return nodes;
    }

    private static List<FreeformValue> Mounts(IReadOnlyList<ContainerMount> mounts)
    {
        var nodes = new List<FreeformValue>();
        foreach (var mount in mounts)
        {
            nodes.Add(JsonTree.Object(
            [
                ("name", JsonTree.String(mount.Name)),
                ("mountPath", JsonTree.String(mount.MountPath)),
                ("subPath", JsonTree.String(mount.SubPath)),
                ("readOnly", JsonTree.Bool(mount.ReadOnly)),
                ("volumeKind", JsonTree.String(mount.VolumeKind)),
            ]));
        }

        return nodes;
    }

    /// <summary>Each file with its content as text when it is printable UTF-8, else as base64 (<c>encoding</c> says which).</summary>
    private static List<FreeformValue> Files(IReadOnlyList<ContainerFile> files)
    {
        var nodes = new List<FreeformValue>();
        foreach (var file in files)
        {
            var content = file.File.Content.Span;
            var text = DisplayText.AsText(content);
            nodes.Add(JsonTree.Object(
            [
                ("path", JsonTree.String(file.Path)),
                ("volume", JsonTree.String(file.VolumeName)),
                ("mode", JsonTree.String(file.File.OctalMode)),
                ("size", JsonTree.Number(content.Length)),
                ("encoding", JsonTree.String(text is null ? "base64" : "text")),
                ("content", JsonTree.String(text ?? Convert.ToBase64String(content))),
            ]));
        }

        return nodes;
    }

    /// <summary>The set fields under their Kubernetes names, then <c>from</c>: each field's origin (pod or container).</summary>
    private static FreeformMapping SecurityContext(IReadOnlyList<SecurityContextField> fields)
    {
        var members = new List<(string, FreeformValue)>();
        var from = new List<(string, FreeformValue)>();
        foreach (var field in fields)
        {
            members.Add((field.Name, field.Json));
            from.Add((field.Name, JsonTree.String(field.From)));
        }

        return JsonTree.Object([("effective", JsonTree.Object(members)), ("from", JsonTree.Object(from))]);
    }

    private static List<FreeformValue> Events(IReadOnlyList<ConfigurationEvent> events)
    {
        var nodes = new List<FreeformValue>();
        foreach (var e in events)
        {
            nodes.Add(JsonTree.Object([("type", JsonTree.String("Warning")), ("reason", JsonTree.String(e.Reason)), ("message", JsonTree.String(e.Message))]));
        }

        return nodes;
    }

    private static List<FreeformValue> Numbers(IReadOnlyList<long> values)
    {
        var nodes = new List<FreeformValue>();
        foreach (var value in values)
        {
            nodes.Add(JsonTree.Number(value));
        }

        return nodes;
    }

    private static string? Empty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
