using System.Globalization;
using System.Text;
using PodSim.Model;

namespace PodSim.Manifests;

/// <summary>
/// Loads Kubernetes objects from YAML or JSON manifests: multi-document files (<c>---</c>), <c>kind: List</c>,
/// files, directories, strings and streams. Decoding is strict like <c>kubectl --validate=strict</c>; every problem
/// becomes a <see cref="ManifestDiagnostic"/> naming the file, line, column, object and field. Loading never throws
/// for bad input.
/// </summary>
/// <remarks>Instances are immutable and may be shared between threads.</remarks>
public sealed class ManifestLoader
{
    /// <summary>Initializes a new instance of the <see cref="ManifestLoader"/> class.</summary>
    /// <param name="options">Limits; <see cref="ManifestLoadOptions.Default"/> when omitted.</param>
    public ManifestLoader(ManifestLoadOptions? options = null)
    {
        Options = options ?? ManifestLoadOptions.Default;
    }

    /// <summary>Gets the limits this loader applies.</summary>
    public ManifestLoadOptions Options { get; }

    /// <summary>Loads manifests from text.</summary>
    /// <param name="text">YAML or JSON text.</param>
    /// <param name="sourceName">The name used in diagnostics, such as a file name.</param>
    /// <returns>The objects and diagnostics.</returns>
    public ManifestLoadResult LoadString(string text, string sourceName = "<string>")
    {
        ArgumentNullException.ThrowIfNull(text);
        var objects = new List<LoadedObject>();
        var diagnostics = new List<ManifestDiagnostic>();
        LoadText(text, sourceName, objects, diagnostics);
        return new ManifestLoadResult(objects, diagnostics);
    }

    /// <summary>Loads manifests from a stream (read as UTF-8, at most <see cref="ManifestLoadOptions.MaxInputSize"/> bytes).</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="sourceName">The name used in diagnostics, such as <c>&lt;stdin&gt;</c>.</param>
    /// <returns>The objects and diagnostics.</returns>
    public ManifestLoadResult LoadStream(Stream stream, string sourceName = "<stdin>")
    {
        ArgumentNullException.ThrowIfNull(stream);
        var objects = new List<LoadedObject>();
        var diagnostics = new List<ManifestDiagnostic>();
        if (ReadLimited(stream, sourceName, diagnostics) is { } text)
        {
            LoadText(text, sourceName, objects, diagnostics);
        }

        return new ManifestLoadResult(objects, diagnostics);
    }

    /// <summary>
    /// Loads manifests from files or directories, in the order given; a directory contributes its
    /// <c>.yaml</c>, <c>.yml</c> and <c>.json</c> files in ordinal name order. <c>-</c> reads standard input.
    /// </summary>
    /// <param name="paths">The paths.</param>
    /// <returns>The objects and diagnostics.</returns>
    public ManifestLoadResult LoadFiles(params IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var objects = new List<LoadedObject>();
        var diagnostics = new List<ManifestDiagnostic>();
        foreach (var path in paths)
        {
            LoadPath(path, objects, diagnostics);
        }

        return new ManifestLoadResult(objects, diagnostics);
    }

    private void LoadPath(string path, List<LoadedObject> objects, List<ManifestDiagnostic> diagnostics)
    {
        if (path == "-")
        {
            using var stdin = Console.OpenStandardInput();
            if (ReadLimited(stdin, "<stdin>", diagnostics) is { } input)
            {
                LoadText(input, "<stdin>", objects, diagnostics);
            }

            return;
        }

        if (Directory.Exists(path))
        {
            var files = new List<string>();
            foreach (var file in Directory.EnumerateFiles(path))
            {
                var ext = Path.GetExtension(file);
                if (ext is ".yaml" or ".yml" or ".json")
                {
                    files.Add(file);
                }
            }

            files.Sort(StringComparer.Ordinal);
            foreach (var file in files)
            {
                LoadPath(file, objects, diagnostics);
            }

            return;
        }

        if (!File.Exists(path))
        {
            diagnostics.Add(new ManifestDiagnostic(DiagnosticSeverity.Error, $"the path \"{path}\" does not exist"));
            return;
        }

        try
        {
            using var stream = File.OpenRead(path);
            if (ReadLimited(stream, path, diagnostics) is { } text)
            {
                LoadText(text, path, objects, diagnostics);
            }
        }
        catch (IOException e)
        {
            diagnostics.Add(new ManifestDiagnostic(DiagnosticSeverity.Error, $"cannot read \"{path}\": {e.Message}"));
        }
        catch (UnauthorizedAccessException e)
        {
            diagnostics.Add(new ManifestDiagnostic(DiagnosticSeverity.Error, $"cannot read \"{path}\": {e.Message}"));
        }
    }

    private string? ReadLimited(Stream stream, string sourceName, List<ManifestDiagnostic> diagnostics)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > Options.MaxInputSize)
            {
                diagnostics.Add(new ManifestDiagnostic(
                    DiagnosticSeverity.Error,
                    string.Create(CultureInfo.InvariantCulture, $"input is larger than the limit of {Options.MaxInputSize} bytes; refusing it"),
                    new SourceLocation(sourceName, 1, 1)));
                return null;
            }
        }

        buffer.Position = 0;
        using var reader = new StreamReader(buffer, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private void LoadText(string text, string sourceName, List<LoadedObject> objects, List<ManifestDiagnostic> diagnostics)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        foreach (var document in YamlDocumentReader.Read(text, sourceName, Options, diagnostics))
        {
            if (document.Root is null || document.Root is ManifestScalar { Kind: ScalarKind.Null })
            {
                continue;
            }

            LoadObject(document.Root, document.Index, objects, diagnostics);
        }
    }

    private static void LoadObject(ManifestNode node, int documentIndex, List<LoadedObject> objects, List<ManifestDiagnostic> diagnostics)
    {
        if (node is not ManifestMapping mapping)
        {
            diagnostics.Add(new ManifestDiagnostic(DiagnosticSeverity.Error, $"document {documentIndex.ToString(CultureInfo.InvariantCulture)} is not an object (got {node.Describe()})", node.Location));
            return;
        }

        var apiVersion = mapping.GetString("apiVersion");
        var kind = mapping.GetString("kind");
        var name = mapping.TryGetValue("metadata", out var meta) && meta is ManifestMapping metaMap ? metaMap.GetString("name") ?? metaMap.GetString("generateName") : null;
        var reference = ObjectReferences.Format(kind, name);
        if (string.IsNullOrEmpty(apiVersion) || string.IsNullOrEmpty(kind))
        {
            var missing = string.IsNullOrEmpty(apiVersion) && string.IsNullOrEmpty(kind) ? "apiVersion not set, kind not set" : string.IsNullOrEmpty(kind) ? "kind not set" : "apiVersion not set";
            diagnostics.Add(new ManifestDiagnostic(DiagnosticSeverity.Error, missing, mapping.Location, reference));
            return;
        }

        if (kind == "List" && apiVersion == "v1")
        {
            if (mapping.TryGetValue("items", out var items) && items is ManifestSequence sequence)
            {
                foreach (var item in sequence.Items)
                {
                    LoadObject(item, documentIndex, objects, diagnostics);
                }
            }

            return;
        }

        var type = KindRegistry.Find(apiVersion, kind);
        if (type is null)
        {
            if (KindRegistry.IsKnownKind(kind))
            {
                diagnostics.Add(new ManifestDiagnostic(DiagnosticSeverity.Error, $"no matches for kind \"{kind}\" in version \"{apiVersion}\"", mapping.Location, reference));
            }
            else
            {
                diagnostics.Add(new ManifestDiagnostic(DiagnosticSeverity.Warning, $"kind \"{kind}\" ({apiVersion}) is not simulated; skipped", mapping.Location, reference));
            }

            return;
        }

        var reader = new ModelReader(diagnostics, reference);
        var decoded = reader.ReadRecord(mapping, type, string.Empty);
        if (decoded is KubeObject obj && reader.ErrorCount == 0)
        {
            objects.Add(new LoadedObject(obj, mapping.Location, documentIndex, mapping));
        }
    }
}
