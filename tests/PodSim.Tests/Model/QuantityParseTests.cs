using System.Globalization;
using PodSim.Model;

namespace PodSim.Tests.Model;

/// <summary>Parsing and canonical printing, with cases taken from apimachinery's quantity_test.go.</summary>
public class QuantityParseTests
{
    private const string FormatWrong = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
    private const string NumericWrong = "unable to parse numeric part of quantity";
    private const string SuffixWrong = "unable to parse quantity's suffix";

    [Theory]
    // Zero never prints a sign or a suffix.
    [InlineData("0", "0")]
    [InlineData("0n", "0")]
    [InlineData("0Ki", "0")]
    [InlineData("-0", "0")]
    [InlineData("+0.000", "0")]
    // Plain numbers and signs.
    [InlineData("1", "1")]
    [InlineData("-1", "-1")]
    [InlineData("+1", "1")]
    [InlineData("1.", "1")]
    [InlineData(".5", "500m")]
    [InlineData("0.1", "100m")]
    [InlineData("1.5", "1500m")]
    [InlineData("0.5", "500m")]
    [InlineData("1.08", "1080m")]
    [InlineData("9.01", "9010m")]
    // Decimal SI suffixes move to the largest exact suffix.
    [InlineData("2000m", "2")]
    [InlineData("1000M", "1G")]
    [InlineData("1000u", "1m")]
    [InlineData("0.001T", "1G")]
    [InlineData("50k", "50k")]
    [InlineData("100.035k", "100035")]
    [InlineData("10.035M", "10035k")]
    [InlineData("7.123456M", "7123456")]
    [InlineData("6.987654321G", "6987654321")]
    [InlineData("300.2T", "300200G")]
    [InlineData("1.01E", "1010P")]
    [InlineData("1.G", "1G")]
    [InlineData("1E", "1E")]
    [InlineData("12E", "12E")]
    [InlineData("1000E", "1e21")]
    [InlineData("18446744073709551616", "18446744073709551616")]
    // Decimal exponents.
    [InlineData("1.2e3", "1200")]
    [InlineData("1e3", "1e3")]
    [InlineData("1E3", "1e3")]
    [InlineData("1e0", "1")]
    [InlineData("1.3E+6", "1300e3")]
    [InlineData("0.001e12", "1e9")]
    [InlineData(".001e12", "1e9")]
    [InlineData("1E-3", "1e-3")]
    [InlineData("0.001e0", "1e-3")]
    [InlineData("0.5e-1", "50e-3")]
    [InlineData("1000e-12", "1e-9")]
    [InlineData("1e29", "100e27")]
    // Binary SI suffixes.
    [InlineData("1Ki", "1Ki")]
    [InlineData("1024Mi", "1Gi")]
    [InlineData("307200Ki", "300Mi")]
    [InlineData("1025024Mi", "1001Gi")]
    [InlineData("1.5Gi", "1536Mi")]
    [InlineData("0.5Gi", "512Mi")]
    [InlineData("1.5Ki", "1536")]
    [InlineData("1000Mi", "1000Mi")]
    [InlineData("7Ei", "7Ei")]
    [InlineData("-1Ki", "-1Ki")]
    [InlineData("100.035Ki", "102435840m")]
    [InlineData("0.025Ti", "27487790694400m")]
    // Binary values below 1024 print as DecimalSI.
    [InlineData(".001Ki", "1024m")]
    [InlineData("-.001Ki", "-1024m")]
    [InlineData("0.000001Ki", "1024u")]
    [InlineData(".000000001Ki", "1024n")]
    [InlineData(".000000000001Ki", "2n")]
    // Rounding up to nano, away from zero.
    [InlineData("0.9n", "1n")]
    [InlineData("3.001n", "4n")]
    [InlineData("0.0000000001", "1n")]
    [InlineData("-0.0000000001", "-1n")]
    [InlineData("0.00000012345", "124n")]
    [InlineData("1e-12", "1e-9")]
    // Binary values are capped at 2^63-1.
    [InlineData("8Ei", "9223372036854775807")]
    [InlineData("9Ei", "9223372036854775807")]
    [InlineData("-9Ei", "-9223372036854775807")]
    [InlineData("9223372036854775807Ki", "9223372036854775807")]
    public void Parse_produces_canonical_string(string text, string expected)
    {
        Quantity.Parse(text).ToString().Should().Be(expected);
    }

    [Theory]
    [InlineData("100m")]
    [InlineData("1Gi")]
    [InlineData("300Mi")]
    [InlineData("1e3")]
    [InlineData("-1080n")]
    [InlineData("12E")]
    public void Parse_keeps_the_callers_text_when_already_canonical(string canonical)
    {
        var text = new string(canonical.AsSpan());

        var printed = Quantity.Parse(text).ToString();

        printed.Should().Be(canonical);
        ReferenceEquals(printed, text).Should().BeTrue();
    }

    [Theory]
    [InlineData("0", QuantityFormat.DecimalSI)]
    [InlineData("100m", QuantityFormat.DecimalSI)]
    [InlineData("1E", QuantityFormat.DecimalSI)]
    [InlineData("1E6", QuantityFormat.DecimalExponent)]
    [InlineData("1e-3", QuantityFormat.DecimalExponent)]
    [InlineData("1Ki", QuantityFormat.BinarySI)]
    [InlineData("0Ki", QuantityFormat.BinarySI)]
    [InlineData("9Ei", QuantityFormat.BinarySI)]
    [InlineData(".001Ki", QuantityFormat.BinarySI)]
    [InlineData("0.000001Ki", QuantityFormat.DecimalSI)]
    [InlineData("0.000000000001Ki", QuantityFormat.DecimalSI)]
    public void Parse_remembers_the_suffix_format(string text, QuantityFormat expected)
    {
        Quantity.Parse(text).Format.Should().Be(expected);
    }

    [Theory]
    [InlineData("", FormatWrong)]
    [InlineData("1.1.M", FormatWrong)]
    [InlineData("1+1.0M", FormatWrong)]
    [InlineData("0.1mi", SuffixWrong)]
    [InlineData("0.1am", FormatWrong)]
    [InlineData("aoeu", FormatWrong)]
    [InlineData("Non-Numeric", FormatWrong)]
    [InlineData(".5i", SuffixWrong)]
    [InlineData("1i", SuffixWrong)]
    [InlineData("-3.01i", SuffixWrong)]
    [InlineData("-3.01e-", SuffixWrong)]
    [InlineData(" 1", FormatWrong)]
    [InlineData("1 ", FormatWrong)]
    [InlineData("1K", SuffixWrong)]
    [InlineData("1KB", FormatWrong)]
    [InlineData("1MB", FormatWrong)]
    [InlineData("1kI", FormatWrong)]
    [InlineData("1Ki1", SuffixWrong)]
    [InlineData("1mm", SuffixWrong)]
    [InlineData("1e", SuffixWrong)]
    [InlineData("1ee3", SuffixWrong)]
    [InlineData("1e3.5", FormatWrong)]
    [InlineData("1e99999999999999999999", SuffixWrong)]
    [InlineData("Ei", NumericWrong)]
    [InlineData("-Pi", NumericWrong)]
    [InlineData("e-10", NumericWrong)]
    [InlineData(".e-10", NumericWrong)]
    public void Parse_rejects_invalid_text_with_upstream_message(string text, string message)
    {
        var act = () => Quantity.Parse(text);

        act.Should().Throw<FormatException>().Which.Message.Should().Be(message);
    }

    [Theory]
    [InlineData("0.1mi", SuffixWrong)]
    [InlineData("1 ", FormatWrong)]
    [InlineData("", FormatWrong)]
    [InlineData(null, FormatWrong)]
    public void TryParse_reports_the_upstream_message(string? text, string message)
    {
        Quantity.TryParse(text, out var quantity, out var error).Should().BeFalse();

        error.Should().Be(message);
        quantity.IsZero.Should().BeTrue();
    }

    [Fact]
    public void TryParse_succeeds_without_an_error()
    {
        Quantity.TryParse("250m", out var quantity, out var error).Should().BeTrue();

        error.Should().BeNull();
        quantity.MilliValue().Should().Be(250);
    }

    [Theory]
    [InlineData("-", QuantityFormat.DecimalSI)]
    [InlineData("+", QuantityFormat.DecimalSI)]
    [InlineData(".", QuantityFormat.DecimalSI)]
    [InlineData("-.", QuantityFormat.DecimalSI)]
    [InlineData("m", QuantityFormat.DecimalSI)]
    [InlineData("Ki", QuantityFormat.BinarySI)]
    [InlineData("Ti", QuantityFormat.BinarySI)]
    [InlineData("e5", QuantityFormat.DecimalExponent)]
    public void Parse_reads_a_number_without_digits_as_zero_like_upstream(string text, QuantityFormat format)
    {
        var quantity = Quantity.Parse(text);

        quantity.IsZero.Should().BeTrue();
        quantity.Format.Should().Be(format);
        quantity.ToString().Should().Be("0");
    }

    [Theory]
    [InlineData("1e30")]
    [InlineData("-1e30")]
    [InlineData("200000000000000000000000000000")]
    [InlineData("1e2147483647")]
    public void Parse_rejects_values_beyond_the_supported_range(string text)
    {
        var act = () => Quantity.Parse(text);

        act.Should().Throw<FormatException>().Which.Message.Should().StartWith("quantity is out of range");
    }

    [Fact]
    public void Parse_rejects_null()
    {
        var act = () => Quantity.Parse(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Parse_rounds_a_tiny_exponent_up_to_one_nano()
    {
        var quantity = Quantity.Parse("1e-999999");

        quantity.Should().Be(Quantity.Parse("1n"));
        quantity.ToString().Should().Be("1e-9");
    }

    [Fact]
    public void Default_quantity_is_zero_and_prints_0()
    {
        var quantity = default(Quantity);

        quantity.ToString().Should().Be("0");
        quantity.IsZero.Should().BeTrue();
        quantity.Sign.Should().Be(0);
        quantity.Format.Should().Be(QuantityFormat.DecimalSI);
        quantity.Should().Be(Quantity.Parse("0"));
        Quantity.Zero.Should().Be(quantity);
    }

    [Theory]
    [InlineData("100m", QuantityFormat.BinarySI, "100m")]
    [InlineData("1Gi", QuantityFormat.DecimalSI, "1073741824")]
    [InlineData("1k", QuantityFormat.DecimalExponent, "1e3")]
    [InlineData("1048576", QuantityFormat.BinarySI, "1Mi")]
    public void WithFormat_prints_the_same_value_in_another_format(string text, QuantityFormat format, string expected)
    {
        var quantity = Quantity.Parse(text).WithFormat(format);

        quantity.ToString().Should().Be(expected);
        quantity.Should().Be(Quantity.Parse(text));
    }

    [Theory]
    [InlineData("0.1", "0.1")]
    [InlineData("1Gi", "1073741824")]
    [InlineData("-1.5", "-1.5")]
    [InlineData("1n", "0.000000001")]
    [InlineData("12E", "12000000000000000000")]
    public void ToDecimal_returns_the_exact_value(string text, string expected)
    {
        Quantity.Parse(text).ToDecimal().Should().Be(decimal.Parse(expected, CultureInfo.InvariantCulture));
    }
}
