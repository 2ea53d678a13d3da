using System.Text;
using PodSim.Model;

namespace PodSim.Printing;

/// <summary>
/// Renders pods as <c>kubectl get pods</c> does: upper-case headers, tab-separated cells aligned by a tab writer
/// with minimum width 6 and padding 3 (so each column is its widest cell plus three spaces, at least six), the last
/// column unpadded, and no output at all for an empty list. Rows keep the given order (the API server lists pods
/// sorted by namespace and name; callers wanting that order sort first).
/// </summary>
public static class PodTablePrinter
{
    private const int MinWidth = 6;
    private const int Padding = 3;

    /// <summary>Renders the table of <paramref name="pods"/> at <paramref name="now"/>.</summary>
    /// <param name="pods">The pods, in print order.</param>
    /// <param name="now">The current (virtual) time, for AGE and RESTARTS.</param>
    /// <param name="options">The columns to print; <see cref="PodTableOptions.Table"/> when null.</param>
    /// <returns>The table text, each line ending in a newline; empty when there are no pods.</returns>
    public static string Print(IReadOnlyList<Pod> pods, DateTimeOffset now, PodTableOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pods);
        options ??= PodTableOptions.Table;
        if (pods.Count == 0)
        {
            // kubectl prints no header for an empty table (the CLI reports NoResourcesMessage instead).
            return string.Empty;
        }

        var writer = new TabWriter(MinWidth, Padding);
        var line = new StringBuilder();
        if (!options.NoHeaders)
        {
            var headers = new List<string>();
            if (options.WithNamespace)
            {
                headers.Add("NAMESPACE");
            }

            headers.AddRange(["NAME", "READY", "STATUS", "RESTARTS", "AGE"]);
            if (options.Wide)
            {
                headers.AddRange(["IP", "NODE", "NOMINATED NODE", "READINESS GATES"]);
            }

            if (options.ShowLabels)
            {
                headers.Add("LABELS");
            }

            writer.Write(string.Join('\t', headers) + "\n");
        }

        foreach (var pod in pods)
        {
            var row = PodRowBuilder.Build(pod, now);
            line.Clear();
            if (options.WithNamespace)
            {
                AppendCell(line, pod.Metadata.Namespace ?? string.Empty);
            }

            AppendCell(line, row.Name);
            AppendCell(line, row.Ready);
            AppendCell(line, row.Status);
            AppendCell(line, row.Restarts);
            AppendCell(line, row.Age);
            if (options.Wide)
            {
                AppendCell(line, row.IP);
                AppendCell(line, row.Node);
                AppendCell(line, row.NominatedNode);
                AppendCell(line, row.ReadinessGates);
            }

            if (options.ShowLabels)
            {
                AppendCell(line, FormatLabels(pod.Metadata.Labels));
            }

            line.Append('\n');
            writer.Write(line.ToString());
        }

        return writer.ToString();
    }

    /// <summary>
    /// The message kubectl writes to standard error when a listing is empty: <c>No resources found in
    /// &lt;namespace&gt; namespace.</c>, or <c>No resources found</c> across all namespaces.
    /// </summary>
    /// <param name="namespaceName">The namespace listed, or null for all namespaces.</param>
    /// <returns>The message, without a trailing newline.</returns>
    public static string NoResourcesMessage(string? namespaceName) =>
        namespaceName is null ? "No resources found" : $"No resources found in {namespaceName} namespace.";

    /// <summary>Formats labels as <c>labels.FormatLabels</c>: sorted <c>key=value</c> pairs joined by commas, or <c>&lt;none&gt;</c>.</summary>
    internal static string FormatLabels(IReadOnlyDictionary<string, string> labels)
    {
        if (labels.Count == 0)
        {
            return "<none>";
        }

        var keys = labels.Keys.ToList();
        keys.Sort(StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (var key in keys)
        {
            if (text.Length > 0)
            {
                text.Append(',');
            }

            text.Append(key).Append('=').Append(labels[key]);
        }

        return text.ToString();
    }

    private static void AppendCell(StringBuilder line, string cell)
    {
        if (line.Length > 0)
        {
            line.Append('\t');
        }

        // A cell is cut at its first line break (the tab writer would treat it as one) and marked with "...".
        var cut = cell.AsSpan().IndexOfAny('\f', '\n', '\r');
        if (cut >= 0)
        {
            line.Append(TerminalText.Escape(cell[..cut])).Append("...");
        }
        else
        {
            line.Append(TerminalText.Escape(cell));
        }
    }
}
