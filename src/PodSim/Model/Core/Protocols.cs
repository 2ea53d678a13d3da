namespace PodSim.Model;

/// <summary>Well-known network protocols of ports.</summary>
public static class Protocols
{
    /// <summary>The TCP protocol.</summary>
    public const string Tcp = "TCP";

    /// <summary>The UDP protocol.</summary>
    public const string Udp = "UDP";

    /// <summary>The SCTP protocol.</summary>
    public const string Sctp = "SCTP";
}
