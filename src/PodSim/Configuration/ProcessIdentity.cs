using System.Globalization;
using System.Text;

namespace PodSim.Configuration;

/// <summary>The user and groups a container's process runs as.</summary>
/// <param name="Uid">The user ID, or null when only a user name from the image is known.</param>
/// <param name="Username">The image's non-numeric user name when no user ID is set; resolved by the runtime from the image's passwd file.</param>
/// <param name="Gid">
/// The primary group: <c>runAsGroup</c>, else the image's numeric group, else 0 (the runtime's lookup of the user's
/// group in the image's passwd file is not simulated).
/// </param>
/// <param name="SupplementalGroups">The extra groups the kubelet passes: <c>fsGroup</c>, then <c>supplementalGroups</c>.</param>
public sealed record ProcessIdentity(long? Uid, string? Username, long Gid, IReadOnlyList<long> SupplementalGroups)
{
    /// <summary>Gets the process's groups as <c>id</c> lists them: the primary group, then the others without repeats.</summary>
    public IReadOnlyList<long> Groups
    {
        get
        {
            var groups = new List<long> { Gid };
            foreach (var group in SupplementalGroups)
            {
                if (!groups.Contains(group))
                {
                    groups.Add(group);
                }
            }

            return groups;
        }
    }

    /// <summary>
    /// Formats the identity like <c>id</c> with numbers only, such as <c>uid=1000 gid=2000 groups=2000,3000</c>; a user
    /// known only by name shows as <c>uid=(nginx)</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public string FormatId()
    {
        var builder = new StringBuilder("uid=");
        builder.Append(Uid is { } uid ? uid.ToString(CultureInfo.InvariantCulture) : "(" + Username + ")");
        builder.Append(" gid=").Append(Gid.ToString(CultureInfo.InvariantCulture)).Append(" groups=");
        var first = true;
        foreach (var group in Groups)
        {
            builder.Append(first ? string.Empty : ",").Append(group.ToString(CultureInfo.InvariantCulture));
            first = false;
        }

        return builder.ToString();
    }
}
