using System.Text;
using System.Text.RegularExpressions;

namespace PodSim.Tests.Architecture;

/// <summary>
/// Finds which top-level folders of <c>src/PodSim</c> a source file uses, from the namespaces it names: using
/// directives (plain, static, aliases), fully or partially qualified names in code (<c>PodSim.Model.Pod</c>,
/// <c>global::PodSim.Model.Pod</c>, or <c>Scheduling.Framework.IFilterPlugin</c> resolved from inside
/// <c>namespace PodSim.Engine</c>) and the file's own namespace. Comments and string literals are blanked first, keeping
/// the code inside interpolation holes. A text scan, not a compiler: it sees names, not resolved symbols.
/// </summary>
internal static partial class FolderDependencyScanner
{
    /// <summary>The top-level folders of src/PodSim, each a namespace <c>PodSim.Folder</c>.</summary>
    public static readonly IReadOnlyList<string> Folders =
    [
        "Admission", "ApiServer", "Configuration", "Controllers", "Defaulting", "Engine", "Kubelet", "Manifests", "Model",
        "Printing", "Qos", "Scenarios", "Scheduling", "Validation",
    ];

    /// <summary>Scans every .cs file under a source root (bin and obj left out).</summary>
    public static FolderGraph ScanDirectory(string root)
    {
        var graph = new FolderGraph();
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("bin/", StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var slash = file.IndexOf('/', StringComparison.Ordinal);
            var folder = slash < 0 ? "(root)" : file[..slash];
            graph.AddFile(file, folder, FoldersUsed(File.ReadAllText(Path.Combine(root, file)), folder));
        }

        return graph;
    }

    /// <summary>The folders a source file uses, its own folder left out.</summary>
    public static SortedSet<string> FoldersUsed(string source, string ownFolder)
    {
        var code = StripCommentsAndStrings(source);
        var used = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var regex in new[] { UsingDirective(), NamespaceDeclaration(), QualifiedName() })
        {
            foreach (Match m in regex.Matches(code))
            {
                var folder = m.Groups["folder"].Value;
                if (Folders.Contains(folder) && folder != ownFolder)
                {
                    used.Add(folder);
                }
            }
        }

        return used;
    }

    /// <summary>The source with comments and string and character literals blanked (line breaks kept), code in interpolation holes kept.</summary>
    public static string StripCommentsAndStrings(string source)
    {
        var lexer = new Lexer(source);
        lexer.Code(0, hole: false);
        return lexer.Result;
    }

    // using PodSim.X; using static PodSim.X.Y; using A = PodSim.X.Y; global using ...; with or without global::.
    [GeneratedRegex(@"(?m)^[ \t]*(?:global\s+)?using\s+(?:static\s+)?(?:@?\w+\s*=\s*)?(?:global::)?PodSim\s*\.\s*(?<folder>\w+)\b")]
    private static partial Regex UsingDirective();

    // The file's own namespace puts that folder's types in scope, whatever directory the file is in.
    [GeneratedRegex(@"(?m)^[ \t]*namespace\s+PodSim\.(?<folder>\w+)\b")]
    private static partial Regex NamespaceDeclaration();

    // PodSim.X.Y, global::PodSim.X.Y, or X.Y (a namespace inside PodSim names its siblings unqualified). Not a member
    // access such as runtimeClass.Scheduling.Tolerations: nothing but a namespace qualifier may stand before it.
    [GeneratedRegex(@"(?<![\w.])(?:global::)?(?:PodSim\s*\.\s*)?(?<folder>Admission|ApiServer|Configuration|Controllers|Defaulting|Engine|Kubelet|Manifests|Model|Printing|Qos|Scenarios|Scheduling|Validation)\s*\.\s*(?=@?[A-Z])")]
    private static partial Regex QualifiedName();

    private sealed class Lexer(string source)
    {
        private readonly char[] _out = source.ToCharArray();

        public string Result => new(_out);

        /// <summary>Reads code from <paramref name="i"/>; in a hole, up to and past the brace that closes it.</summary>
        public int Code(int i, bool hole)
        {
            var braces = 0;
            var brackets = 0;
            while (i < source.Length)
            {
                var c = source[i];
                if (c == '/' && At(i + 1, '/'))
                {
                    var eol = source.IndexOf('\n', i);
                    i = Blank(i, eol < 0 ? source.Length : eol);
                    continue;
                }

                if (c == '/' && At(i + 1, '*'))
                {
                    var end = source.IndexOf("*/", i + 2, StringComparison.Ordinal);
                    i = Blank(i, end < 0 ? source.Length : end + 2);
                    continue;
                }

                if (c == '\'')
                {
                    i = CharLiteral(i);
                    continue;
                }

                if (c is '"' or '$' or '@' && TryString(i, out var next))
                {
                    i = next;
                    continue;
                }

                if (hole)
                {
                    switch (c)
                    {
                        case '{':
                            braces++;
                            break;
                        case '}' when braces == 0:
                            return i + 1;
                        case '}':
                            braces--;
                            break;
                        case '(' or '[':
                            brackets++;
                            break;
                        case ')' or ']':
                            brackets--;
                            break;
                        case ':' when braces == 0 && brackets == 0 && !At(i + 1, ':') && !At(i - 1, ':'):
                            // The format part of a hole ({value:yyyy-MM-dd}) is text, up to the closing brace.
                            var close = source.IndexOf('}', i);
                            return Blank(i, close < 0 ? source.Length : close) + 1;
                    }
                }

                i++;
            }

            return i;
        }

        private bool At(int i, char c) => i >= 0 && i < source.Length && source[i] == c;

        private int Blank(int from, int to)
        {
            for (var k = from; k < to && k < source.Length; k++)
            {
                if (_out[k] is not '\n' and not '\r')
                {
                    _out[k] = ' ';
                }
            }

            return to;
        }

        private int CharLiteral(int i)
        {
            var k = i + 1;
            while (k < source.Length && source[k] != '\'' && source[k] != '\n')
            {
                k += source[k] == '\\' ? 2 : 1;
            }

            return Blank(i, Math.Min(k + 1, source.Length));
        }

        private bool TryString(int i, out int next)
        {
            // [$...][@][$...]"..." : interpolated, verbatim, raw (three quotes or more).
            var k = i;
            var dollars = 0;
            var verbatim = false;
            while (k < source.Length && (source[k] == '$' || (source[k] == '@' && !verbatim)))
            {
                if (source[k] == '$')
                {
                    dollars++;
                }
                else
                {
                    verbatim = true;
                }

                k++;
            }

            var quotes = 0;
            while (k + quotes < source.Length && source[k + quotes] == '"')
            {
                quotes++;
            }

            if (quotes == 0)
            {
                next = i;
                return false;
            }

            if (quotes == 2)
            {
                // "" is an empty string (a raw string needs three quotes).
                next = Blank(i, k + 2);
                return true;
            }

            next = quotes >= 3 ? RawString(i, k + quotes, quotes, dollars) : QuotedString(i, k + 1, dollars > 0, verbatim);
            return true;
        }

        private int QuotedString(int start, int k, bool interpolated, bool verbatim)
        {
            var from = start;
            while (k < source.Length)
            {
                var c = source[k];
                if (c == '"' && verbatim && At(k + 1, '"'))
                {
                    k += 2;
                }
                else if (c == '"')
                {
                    return Blank(from, k + 1);
                }
                else if (c == '\\' && !verbatim)
                {
                    k += 2;
                }
                else if (c == '{' && interpolated && At(k + 1, '{'))
                {
                    k += 2;
                }
                else if (c == '{' && interpolated)
                {
                    Blank(from, k + 1);
                    k = Code(k + 1, hole: true);
                    from = k - 1;
                }
                else
                {
                    k++;
                }
            }

            return Blank(from, source.Length);
        }

        private int RawString(int start, int k, int quotes, int dollars)
        {
            var from = start;
            while (k < source.Length)
            {
                if (source[k] == '"')
                {
                    var run = 0;
                    while (k + run < source.Length && source[k + run] == '"')
                    {
                        run++;
                    }

                    if (run >= quotes)
                    {
                        return Blank(from, k + run);
                    }

                    k += run;
                }
                else if (source[k] == '{' && dollars > 0)
                {
                    var run = 0;
                    while (k + run < source.Length && source[k + run] == '{')
                    {
                        run++;
                    }

                    if (run < dollars)
                    {
                        k += run;
                        continue;
                    }

                    // The last $-count braces open the hole; the hole closes with as many.
                    Blank(from, k + run);
                    k = Code(k + run, hole: true);
                    for (var extra = 1; extra < dollars && At(k, '}'); extra++)
                    {
                        k++;
                    }

                    from = k - 1;
                }
                else
                {
                    k++;
                }
            }

            return Blank(from, source.Length);
        }
    }
}
