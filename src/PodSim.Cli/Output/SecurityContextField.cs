using System.Globalization;
using PodSim.Manifests;
using PodSim.Model;

namespace PodSim.Cli.Output;

/// <summary>One set field of a container's effective security context, as text and JSON, with where it came from.</summary>
/// <param name="Name">The Kubernetes field name, such as <c>runAsUser</c>.</param>
/// <param name="Title">The label the text output prints, such as <c>Run As User</c>.</param>
/// <param name="Text">The value as text.</param>
/// <param name="Json">The value as JSON, shaped like the Kubernetes field.</param>
/// <param name="From">Where the value came from: <c>pod</c>, <c>container</c>, or <c>pod and container</c> (merged Windows options).</param>
internal sealed record SecurityContextField(string Name, string Title, string Text, FreeformValue Json, string From)
{
    private const string Pod = "pod";
    private const string Container = "container";

    /// <summary>Lists the set fields in a fixed order: identity, labels and profiles, container-only fields, then pod-only fields.</summary>
    /// <param name="inspection">The inspected container.</param>
    /// <returns>The fields.</returns>
    public static IReadOnlyList<SecurityContextField> List(ContainerInspection inspection)
    {
        var effective = inspection.Configuration.SecurityContext;
        var own = inspection.Container.SecurityContext;
        var pod = inspection.Pod.Spec?.SecurityContext;
        var fields = new List<SecurityContextField>();
        if (effective.RunAsUser is { } user)
        {
            Add("runAsUser", "Run As User", Number(user), JsonTree.Number(user), own?.RunAsUser is null ? Pod : Container);
        }

        if (effective.RunAsGroup is { } group)
        {
            Add("runAsGroup", "Run As Group", Number(group), JsonTree.Number(group), own?.RunAsGroup is null ? Pod : Container);
        }

        if (effective.RunAsNonRoot is { } nonRoot)
        {
            Add("runAsNonRoot", "Run As Non Root", Bool(nonRoot), JsonTree.Bool(nonRoot), own?.RunAsNonRoot is null ? Pod : Container);
        }

        if (effective.SeLinuxOptions is { } seLinux)
        {
            Add("seLinuxOptions", "SELinux Options", Pairs(("user", seLinux.User), ("role", seLinux.Role), ("type", seLinux.Type), ("level", seLinux.Level)), Model(seLinux), own?.SeLinuxOptions is null ? Pod : Container);
        }

        if (effective.SeccompProfile is { } seccomp)
        {
            Add("seccompProfile", "Seccomp Profile", Profile(seccomp.Type, seccomp.LocalhostProfile), Model(seccomp), own?.SeccompProfile is null ? Pod : Container);
        }

        if (effective.AppArmorProfile is { } appArmor)
        {
            Add("appArmorProfile", "AppArmor Profile", Profile(appArmor.Type, appArmor.LocalhostProfile), Model(appArmor), own?.AppArmorProfile is null ? Pod : Container);
        }

        if (effective.WindowsOptions is { } windows)
        {
            var text = Pairs(
                ("gmsaCredentialSpecName", windows.GmsaCredentialSpecName),
                ("gmsaCredentialSpec", windows.GmsaCredentialSpec),
                ("runAsUserName", windows.RunAsUserName),
                ("hostProcess", windows.HostProcess is { } hostProcess ? Bool(hostProcess) : null));
            var from = own?.WindowsOptions is null ? Pod : pod?.WindowsOptions is null ? Container : "pod and container";
            Add("windowsOptions", "Windows Options", text, Model(windows), from);
        }

        if (effective.Privileged is { } privileged)
        {
            Add("privileged", "Privileged", Bool(privileged), JsonTree.Bool(privileged), Container);
        }

        if (effective.Capabilities is { } capabilities && (capabilities.Add.Count > 0 || capabilities.Drop.Count > 0))
        {
            var text = Pairs(
                ("add", capabilities.Add.Count > 0 ? string.Join(",", capabilities.Add) : null),
                ("drop", capabilities.Drop.Count > 0 ? string.Join(",", capabilities.Drop) : null));
            Add("capabilities", "Capabilities", text, Model(capabilities), Container);
        }

        if (effective.ReadOnlyRootFilesystem is { } readOnly)
        {
            Add("readOnlyRootFilesystem", "Read Only Root Filesystem", Bool(readOnly), JsonTree.Bool(readOnly), Container);
        }

        if (effective.AllowPrivilegeEscalation is { } escalation)
        {
            Add("allowPrivilegeEscalation", "Allow Privilege Escalation", Bool(escalation), JsonTree.Bool(escalation), Container);
        }

        if (effective.ProcMount is { } procMount)
        {
            Add("procMount", "Proc Mount", procMount, JsonTree.String(procMount), Container);
        }

        if (effective.FsGroup is { } fsGroup)
        {
            Add("fsGroup", "FS Group", Number(fsGroup), JsonTree.Number(fsGroup), Pod);
        }

        if (effective.FsGroupChangePolicy is { } changePolicy)
        {
            Add("fsGroupChangePolicy", "FS Group Change Policy", changePolicy, JsonTree.String(changePolicy), Pod);
        }

        if (effective.SupplementalGroups.Count > 0)
        {
            var groups = new List<string>();
            var nodes = new List<FreeformValue>();
            foreach (var g in effective.SupplementalGroups)
            {
                groups.Add(Number(g));
                nodes.Add(JsonTree.Number(g));
            }

            Add("supplementalGroups", "Supplemental Groups", string.Join(",", groups), JsonTree.Array(nodes), Pod);
        }

        if (effective.SupplementalGroupsPolicy is { } groupsPolicy)
        {
            Add("supplementalGroupsPolicy", "Supplemental Groups Policy", groupsPolicy, JsonTree.String(groupsPolicy), Pod);
        }

        if (effective.Sysctls.Count > 0)
        {
            var pairs = new List<string>();
            var nodes = new List<FreeformValue>();
            foreach (var sysctl in effective.Sysctls)
            {
                pairs.Add(sysctl.Name + "=" + sysctl.Value);
                nodes.Add(Model(sysctl));
            }

            Add("sysctls", "Sysctls", string.Join(",", pairs), JsonTree.Array(nodes), Pod);
        }

        return fields;

        void Add(string name, string title, string text, FreeformValue json, string from) => fields.Add(new(name, title, text, json, from));
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Bool(bool value) => value ? "true" : "false";

    private static FreeformValue Model(object value) => ManifestWriter.ToFreeform(value);

    private static string Profile(string? type, string? localhostProfile) =>
        string.IsNullOrEmpty(localhostProfile) ? type ?? string.Empty : type + " (" + localhostProfile + ")";

    private static string Pairs(params (string Key, string? Value)[] pairs)
    {
        var parts = new List<string>();
        foreach (var (key, value) in pairs)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add(key + "=" + value);
            }
        }

        return string.Join(" ", parts);
    }
}
