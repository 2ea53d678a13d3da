using System.Text;
using PodSim.Model;

namespace PodSim.Printing;

/// <summary>
/// The one-line probe text of <c>kubectl describe</c> (<c>DescribeProbe</c>, kubectl up to 1.36): the handler, then
/// <c>delay=0s timeout=1s period=10s #success=1 #failure=3</c>. Handlers print as <c>exec [cmd arg]</c>,
/// <c>http-get http://:8080/healthz</c>, <c>tcp-socket :6379</c> or <c>grpc &lt;pod&gt;:9090 service</c>.
/// </summary>
internal static class ProbeDescriber
{
    /// <summary>Describes a probe on one line.</summary>
    /// <param name="probe">The probe (normally defaulted, so thresholds and scheme are set).</param>
    /// <returns>The text after <c>Liveness:</c>, <c>Readiness:</c> or <c>Startup:</c>.</returns>
    public static string Describe(Probe probe)
    {
        ArgumentNullException.ThrowIfNull(probe);
        var attrs = $"delay={I(probe.InitialDelaySeconds)}s timeout={I(probe.TimeoutSeconds)}s period={I(probe.PeriodSeconds)}s " +
            $"#success={I(probe.SuccessThreshold)} #failure={I(probe.FailureThreshold)}";
        if (probe.Exec is { } exec)
        {
            return "exec [" + string.Join(' ', exec.Command) + "] " + attrs;
        }

        if (probe.HttpGet is { } http)
        {
            return "http-get " + HttpUrl(http) + " " + attrs;
        }

        if (probe.TcpSocket is { } tcp)
        {
            return "tcp-socket " + tcp.Host + ":" + PortText(tcp.Port) + " " + attrs;
        }

        if (probe.Grpc is { } grpc)
        {
            return "grpc <pod>:" + I(grpc.Port) + " " + grpc.Service + " " + attrs;
        }

        return "unknown " + attrs;
    }

    // An unset port is Go's zero IntOrString, which prints as 0.
    private static string PortText(IntOrString? port) => port?.ToString() ?? "0";

    private static string I(int? value) => DescribeFormat.Int(value ?? 0);

    /// <summary>Builds the URL as Go's <c>url.URL.String</c> does for a scheme, a host:port and a path.</summary>
    private static string HttpUrl(HttpGetAction http)
    {
        var scheme = (http.Scheme ?? string.Empty).ToLowerInvariant();
        var hostName = http.Host ?? string.Empty;
        var port = PortText(http.Port);
        var host = port.Length > 0
            ? (hostName.Contains(':', StringComparison.Ordinal) ? "[" + hostName + "]" : hostName) + ":" + port
            : hostName;
        var path = Escape(http.Path ?? string.Empty, isHost: false);

        var url = new StringBuilder();
        if (scheme.Length > 0)
        {
            url.Append(scheme).Append(':');
        }

        if (scheme.Length > 0 || host.Length > 0)
        {
            if (host.Length > 0 || path.Length > 0)
            {
                url.Append("//");
            }

            url.Append(Escape(host, isHost: true));
        }

        if (path.Length > 0 && path[0] != '/' && host.Length > 0)
        {
            url.Append('/');
        }

        if (url.Length == 0)
        {
            // A first path segment with a colon would read as a scheme.
            var slash = path.IndexOf('/', StringComparison.Ordinal);
            var colon = path.IndexOf(':', StringComparison.Ordinal);
            if (colon >= 0 && (slash < 0 || colon < slash))
            {
                url.Append("./");
            }
        }

        return url.Append(path).ToString();
    }

    private static string Escape(string text, bool isHost)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (Keep(c, isHost))
            {
                sb.Append(c);
            }
            else
            {
                sb.Append('%').Append("0123456789ABCDEF"[b >> 4]).Append("0123456789ABCDEF"[b & 15]);
            }
        }

        return sb.ToString();
    }

    private static bool Keep(char c, bool isHost)
    {
        if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')
        {
            return true;
        }

        if (isHost)
        {
            return c is '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=' or ':' or '[' or ']' or '<' or '>' or '"';
        }

        return c is '$' or '&' or '+' or ',' or '/' or ':' or ';' or '=' or '@';
    }
}
