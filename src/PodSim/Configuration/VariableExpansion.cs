using System.Text;

namespace PodSim.Configuration;

/// <summary>
/// The kubelet's <c>$(VAR)</c> expansion (upstream <c>third_party/forked/golang/expansion</c>), used for env values,
/// command, args and subPathExpr.
/// </summary>
/// <remarks>
/// <c>$(NAME)</c> is replaced by the variable's value; a name that is not defined leaves the reference as written.
/// <c>$$</c> is an escaped <c>$</c>. A <c>$</c> followed by anything else (<c>$VAR</c>, <c>${VAR}</c>, <c>$?</c>) or
/// by <c>(</c> without a closing <c>)</c> is copied unchanged, and so is a <c>$</c> at the very end. Names are not
/// parsed further: <c>$(A$(B))</c> looks up the name <c>A$(B</c>. Expansion is a single pass; values are not
/// expanded again.
/// </remarks>
internal static class VariableExpansion
{
    /// <summary>Expands the <c>$(NAME)</c> references of <paramref name="input"/>.</summary>
    /// <param name="input">The text.</param>
    /// <param name="lookup">Returns a variable's value, or null when it is not defined.</param>
    /// <returns>The expanded text.</returns>
    public static string Expand(string input, Func<string, string?> lookup)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(lookup);
        if (input.IndexOf('$', StringComparison.Ordinal) < 0)
        {
            return input;
        }

        var buffer = new StringBuilder(input.Length);
        var checkpoint = 0;
        for (var cursor = 0; cursor < input.Length; cursor++)
        {
            // A trailing '$' has nothing after it to form an expression; it is kept by the final copy.
            if (input[cursor] != '$' || cursor + 1 >= input.Length)
            {
                continue;
            }

            buffer.Append(input, checkpoint, cursor - checkpoint);
            var next = input[cursor + 1];
            var consumed = 1;
            if (next == '$')
            {
                buffer.Append('$');
            }
            else if (next == '(')
            {
                var close = input.IndexOf(')', cursor + 2);
                if (close < 0)
                {
                    // An unterminated "$(" is copied and scanning resumes after the '('.
                    buffer.Append("$(");
                }
                else
                {
                    var name = input.Substring(cursor + 2, close - cursor - 2);
                    buffer.Append(lookup(name) ?? "$(" + name + ")");
                    consumed = close - cursor;
                }
            }
            else
            {
                buffer.Append('$').Append(next);
            }

            cursor += consumed;
            checkpoint = cursor + 1;
        }

        buffer.Append(input, checkpoint, input.Length - checkpoint);
        return buffer.ToString();
    }

    /// <summary>Expands against a map of variables.</summary>
    /// <param name="input">The text.</param>
    /// <param name="variables">The defined variables.</param>
    /// <returns>The expanded text.</returns>
    public static string Expand(string input, IReadOnlyDictionary<string, string> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        return Expand(input, name => variables.TryGetValue(name, out var value) ? value : null);
    }
}
