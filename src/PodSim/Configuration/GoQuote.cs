using System.Globalization;
using System.Text;

namespace PodSim.Configuration;

/// <summary>Go's <c>strconv.Quote</c> (the <c>%q</c> verb), used for Downward API label and annotation files.</summary>
internal static class GoQuote
{
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var rune in value.EnumerateRunes())
        {
            var r = rune.Value;
            if (r is '"' or '\\')
            {
                builder.Append('\\').Append((char)r);
            }
            else if (IsPrint(rune))
            {
                builder.Append(rune.ToString());
            }
            else
            {
                builder.Append(r switch
                {
                    0x07 => "\\a",
                    0x08 => "\\b",
                    0x0C => "\\f",
                    0x0A => "\\n",
                    0x0D => "\\r",
                    0x09 => "\\t",
                    0x0B => "\\v",
                    < 0x20 or 0x7F => "\\x" + r.ToString("x2", CultureInfo.InvariantCulture),
                    < 0x10000 => "\\u" + r.ToString("x4", CultureInfo.InvariantCulture),
                    _ => "\\U" + r.ToString("x8", CultureInfo.InvariantCulture),
                });
            }
        }

        builder.Append('"');
        return builder.ToString();
    }

    // Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space only.
    private static bool IsPrint(Rune rune)
    {
        if (rune.Value == ' ')
        {
            return true;
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
            UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
                or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
                or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation => true,
            UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
                or UnicodeCategory.OtherSymbol => true,
            _ => false,
        };
    }
}
