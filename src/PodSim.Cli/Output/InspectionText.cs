using System.Globalization;
using System.Text;
using PodSim.Configuration;
using PodSim.Model;

namespace PodSim.Cli.Output;

/// <summary>
/// The text output of <c>podsim inspect pod</c>: a header of <c>Label:  value</c> lines, then one section per part of
/// the container's configuration, laid out like <c>kubectl describe</c> (values in one column, nested lines indented
/// by two spaces, <c>&lt;none&gt;</c> for an empty section). The sections and their order are documented in
/// docs/cli.md.
/// </summary>
internal static class InspectionText
{
    private const string None = "<none>";

    // The widest label, "Security Context:", plus two spaces: every inline value starts in this column.
    private const int ValueColumn = 19;

    /// <summary>Renders the inspection.</summary>
    /// <param name="inspection">The inspected container.</param>
    /// <returns>The text.</returns>
    public static string Write(ContainerInspection inspection)
    {
        var sb = new StringBuilder();
        var pod = inspection.Pod;
        var config = inspection.Configuration;
        var hostname = config.Hosts.Hostname;
        Field(sb, "Pod", pod.Metadata.Name ?? string.Empty);
        Field(sb, "Namespace", inspection.Namespace);
        Field(sb, "Container", inspection.Container.Name + inspection.ContainerType switch
        {
            "initContainer" => " (init)",
            "ephemeralContainer" => " (ephem)",
            _ => string.Empty,
        });
        Field(sb, "Image", inspection.Container.Image ?? None);
        Field(sb, "Node", OrNone(pod.Spec?.NodeName));
        Field(sb, "Pod IP", OrNone(pod.Status?.PodIP));
        Field(sb, "Hostname", hostname.KernelHostname ?? hostname.Hostname);
        if (hostname.Fqdn is { } fqdn)
        {
            Field(sb, "FQDN", fqdn);
        }

        Field(sb, "State", inspection.State ?? None);
        Field(sb, "Time", "+" + GoDuration.Format(inspection.At));
        Errors(sb, inspection.Errors);
        Environment(sb, config.Environment);
        Command(sb, config.Command, inspection.Image is { } image && (image.Entrypoint.Count > 0 || image.Cmd.Count > 0));
        Mounts(sb, config.Mounts.Mounts);
        Files(sb, config.Mounts.Files);
        Section(sb, "/etc/resolv.conf");
        DisplayText.AppendFile(sb, Encoding.UTF8.GetBytes(config.ResolvConf.Text), "  ", cut: false);
        if (config.Hosts.Text is { } hosts)
        {
            Section(sb, "/etc/hosts");
            DisplayText.AppendFile(sb, Encoding.UTF8.GetBytes(hosts), "  ", cut: false);
        }
        else
        {
            Field(sb, "/etc/hosts", "<not written by the kubelet>");
        }

        SecurityContext(sb, SecurityContextField.List(inspection));
        Field(sb, "Runs As", config.Identity.FormatId());
        Field(sb, "OOM Score Adj", inspection.OomScoreAdj?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "<unknown>");
        Events(sb, config.Events);
        return sb.ToString();
    }

    private static void Errors(StringBuilder sb, IReadOnlyList<ConfigurationError> errors)
    {
        if (errors.Count == 0)
        {
            Field(sb, "Errors", None);
            return;
        }

        Section(sb, "Errors");
        foreach (var error in errors)
        {
            sb.Append("  ").Append(error.Reason).Append(": ").Append(OneLine(error.Message)).Append('\n');
        }
    }

    /// <summary>
    /// One row per variable with where its value came from; when resolving failed, the rows are those resolved before
    /// the failure, and a last line says where it stopped.
    /// </summary>
    private static void Environment(StringBuilder sb, EnvironmentResult environment)
    {
        var variables = environment.Variables;
        var stopped = environment.Error is { } error ? "(resolving stopped here: " + OneLine(error.Message) + ")" : null;
        if (variables.Count == 0)
        {
            Field(sb, "Environment", stopped ?? None);
            return;
        }

        Section(sb, "Environment");
        var table = new ColumnWriter();
        table.Add("Name", "From", "Value");
        foreach (var variable in variables)
        {
            table.Add(variable.Name, variable.Origin, DisplayText.Value(variable.Value));
        }

        Indent(sb, table.ToString(), "  ");
        if (stopped is not null)
        {
            sb.Append("  ").Append(stopped).Append('\n');
        }
    }

    /// <summary>
    /// The command and args after <c>$(VAR)</c> expansion, one word per line as kubectl describe prints them. What would
    /// come from the image is named; when the scenario gives the image's entrypoint or cmd, the process follows.
    /// </summary>
    private static void Command(StringBuilder sb, ProcessCommand command, bool imageKnown)
    {
        List("Command", command.Command, "<image's ENTRYPOINT>");
        List("Args", command.Args, command.Command.Count > 0 ? None : "<image's CMD>");
        Field(sb, "Working Dir", command.WorkingDir ?? "<image's WORKDIR>");
        if (imageKnown)
        {
            // With the scenario's image configuration the process's final argument vector is known too.
            List("Process", command.Argv, None);
        }

        void List(string label, IReadOnlyList<string> words, string empty)
        {
            if (words.Count == 0)
            {
                Field(sb, label, empty);
                return;
            }

            Section(sb, label);
            foreach (var word in words)
            {
                sb.Append("  ").Append(DisplayText.Value(word)).Append('\n');
            }
        }
    }

    /// <summary>kubectl describe's mount lines: <c>/etc/config from config (ro)</c>, <c>(rw,path="app.conf")</c> with a subPath.</summary>
    private static void Mounts(StringBuilder sb, IReadOnlyList<ContainerMount> mounts)
    {
        if (mounts.Count == 0)
        {
            Field(sb, "Mounts", None);
            return;
        }

        Section(sb, "Mounts");
        foreach (var mount in mounts)
        {
            sb.Append("  ").Append(mount.MountPath).Append(" from ").Append(mount.Name).Append(" (").Append(mount.ReadOnly ? "ro" : "rw");
            if (mount.SubPath is { } subPath)
            {
                sb.Append(",path=\"").Append(subPath).Append('"');
            }

            sb.Append(")\n");
        }
    }

    /// <summary>One aligned line per file (path, mode, size, volume), each followed by its content indented by four spaces.</summary>
    private static void Files(StringBuilder sb, IReadOnlyList<ContainerFile> files)
    {
        if (files.Count == 0)
        {
            Field(sb, "Files", None);
            return;
        }

        Section(sb, "Files");
        var headers = new ColumnWriter();
        foreach (var file in files)
        {
            var size = file.File.Content.Length;
            headers.Add(file.Path, file.File.OctalMode, size.ToString(CultureInfo.InvariantCulture) + (size == 1 ? " byte" : " bytes"), "from " + file.VolumeName);
        }

        var lines = headers.ToString().Split('\n');
        for (var i = 0; i < files.Count; i++)
        {
            sb.Append("  ").Append(lines[i]).Append('\n');
            DisplayText.AppendFile(sb, files[i].File.Content.Span, "    ", cut: true);
        }
    }

    private static void SecurityContext(StringBuilder sb, IReadOnlyList<SecurityContextField> fields)
    {
        if (fields.Count == 0)
        {
            Field(sb, "Security Context", None);
            return;
        }

        Section(sb, "Security Context");
        var table = new ColumnWriter();
        foreach (var field in fields)
        {
            table.Add(field.Title + ":", DisplayText.Value(field.Text), "from " + field.From);
        }

        Indent(sb, table.ToString(), "  ");
    }

    private static void Events(StringBuilder sb, IReadOnlyList<ConfigurationEvent> events)
    {
        if (events.Count == 0)
        {
            Field(sb, "Events", None);
            return;
        }

        Section(sb, "Events");
        var table = new ColumnWriter();
        foreach (var e in events)
        {
            table.Add("Warning", e.Reason, OneLine(e.Message));
        }

        Indent(sb, table.ToString(), "  ");
    }

    private static void Field(StringBuilder sb, string label, string value) =>
        sb.Append((label + ":").PadRight(ValueColumn - 1)).Append(' ').Append(value).Append('\n');

    private static void Section(StringBuilder sb, string label) => sb.Append(label).Append(":\n");

    private static void Indent(StringBuilder sb, string text, string indent)
    {
        foreach (var line in text.Split('\n'))
        {
            if (line.Length > 0)
            {
                sb.Append(indent).Append(line).Append('\n');
            }
        }
    }

    private static string OrNone(string? value) => string.IsNullOrEmpty(value) ? None : value;

    // Messages are the kubelet's own; only line breaks and escape characters would disturb the layout.
    private static string OneLine(string text) =>
        text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\u001b", "^[", StringComparison.Ordinal);
}
