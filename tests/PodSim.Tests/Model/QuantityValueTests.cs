using PodSim.Model;

namespace PodSim.Tests.Model;

/// <summary>Values, comparison, arithmetic and factories, with cases taken from apimachinery's quantity_test.go.</summary>
public class QuantityValueTests
{
    [Theory]
    [InlineData("0", "0", 0)]
    [InlineData("100m", "50m", 1)]
    [InlineData("50m", "100m", -1)]
    [InlineData("10000T", "100Gi", 1)]
    [InlineData("0.1", "100m", 0)]
    [InlineData("1Gi", "1024Mi", 0)]
    [InlineData("1G", "1Gi", -1)]
    [InlineData("1k", "1e3", 0)]
    [InlineData("500m", "0.5", 0)]
    [InlineData("2Ki", "2048", 0)]
    [InlineData("-1", "0", -1)]
    [InlineData("1n", "0", 1)]
    [InlineData("1e-10", "1n", 0)]
    [InlineData("9Ei", "8Ei", 0)]
    [InlineData("12E", "9Ei", 1)]
    public void Compare_uses_exact_values_regardless_of_format(string left, string right, int expected)
    {
        var a = Quantity.Parse(left);
        var b = Quantity.Parse(right);

        Math.Sign(a.CompareTo(b)).Should().Be(expected);
        Math.Sign(b.CompareTo(a)).Should().Be(-expected);
        (a == b).Should().Be(expected == 0);
        (a != b).Should().Be(expected != 0);
        (a < b).Should().Be(expected < 0);
        (a > b).Should().Be(expected > 0);
        (a <= b).Should().Be(expected <= 0);
        (a >= b).Should().Be(expected >= 0);
    }

    [Theory]
    [InlineData("0.1", "100m")]
    [InlineData("1Gi", "1024Mi")]
    [InlineData("1k", "1e3")]
    [InlineData("0", "0Ki")]
    public void Equal_quantities_have_equal_hash_codes(string left, string right)
    {
        var a = Quantity.Parse(left);
        var b = Quantity.Parse(right);

        a.Equals((object)b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void CompareTo_object_orders_null_first_and_rejects_other_types()
    {
        var one = Quantity.Parse("1");

        one.CompareTo((object?)null).Should().BePositive();
        one.CompareTo((object)Quantity.Parse("2")).Should().BeNegative();
        var act = () => one.CompareTo("1");
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Sorting_orders_by_value()
    {
        var sorted = new[] { "1Gi", "100m", "1G", "-1", "0" }.Select(Quantity.Parse).Order().Select(q => q.ToString());

        sorted.Should().Equal("-1", "0", "100m", "1G", "1Gi");
    }

    [Theory]
    [InlineData("0", 0, 0)]
    [InlineData("0.1", 1, 100)]
    [InlineData("100m", 1, 100)]
    [InlineData("1", 1, 1000)]
    [InlineData("0.0001", 1, 1)]
    [InlineData("-0.1", -1, -100)]
    [InlineData("-0.0001", -1, -1)]
    [InlineData("9.01", 10, 9010)]
    [InlineData("1n", 1, 1)]
    [InlineData("-1n", -1, -1)]
    [InlineData("1.5Gi", 1610612736, 1610612736000)]
    [InlineData("1k", 1000, 1000000)]
    public void Value_and_MilliValue_round_up_away_from_zero(string text, long value, long milli)
    {
        var quantity = Quantity.Parse(text);

        quantity.Value().Should().Be(value);
        quantity.MilliValue().Should().Be(milli);
    }

    [Theory]
    [InlineData("9Ei", 0, long.MaxValue, true)]
    [InlineData("9Ei", -3, long.MaxValue, false)]
    [InlineData("-9Ei", -3, long.MinValue, false)]
    [InlineData("9223372036854775808", 0, long.MaxValue, false)]
    [InlineData("-9223372036854775808", 0, long.MinValue, true)]
    [InlineData("1", -30, long.MaxValue, false)]
    [InlineData("1", 100, 1, true)]
    public void TryScaledValue_saturates_and_reports_overflow(string text, int scale, long expected, bool fits)
    {
        var quantity = Quantity.Parse(text);

        quantity.TryScaledValue(scale, out var value).Should().Be(fits);
        value.Should().Be(expected);
        quantity.ScaledValue(scale).Should().Be(expected);
    }

    [Theory]
    [InlineData(-9, -9, 1)]
    [InlineData(-9, -6, 1)]
    [InlineData(-9, -3, 1)]
    [InlineData(-9, 0, 1)]
    [InlineData(-6, -9, 1000)]
    [InlineData(-6, -6, 1)]
    [InlineData(-6, -3, 1)]
    [InlineData(-6, 0, 1)]
    [InlineData(-3, -9, 1000000)]
    [InlineData(-3, -6, 1000)]
    [InlineData(-3, -3, 1)]
    [InlineData(-3, 0, 1)]
    [InlineData(0, -9, 1000000000)]
    [InlineData(0, -6, 1000000)]
    [InlineData(0, -3, 1000)]
    [InlineData(0, 0, 1)]
    [InlineData(2, -2, 10000)]
    public void ScaledValue_converts_between_scales(int fromScale, int toScale, long expected)
    {
        Quantity.FromScaled(1, fromScale).ScaledValue(toScale).Should().Be(expected);
    }

    [Theory]
    [InlineData(1, QuantityFormat.DecimalSI, "1m")]
    [InlineData(1000, QuantityFormat.DecimalSI, "1")]
    [InlineData(1234000, QuantityFormat.DecimalSI, "1234")]
    [InlineData(1024, QuantityFormat.BinarySI, "1024m")]
    [InlineData(1048576, QuantityFormat.BinarySI, "1048576m")]
    [InlineData(1000000, QuantityFormat.DecimalExponent, "1e3")]
    [InlineData(-250, QuantityFormat.DecimalSI, "-250m")]
    public void FromMilli_prints_canonically(long milli, QuantityFormat format, string expected)
    {
        var quantity = Quantity.FromMilli(milli, format);

        quantity.ToString().Should().Be(expected);
        quantity.MilliValue().Should().Be(milli);
        quantity.Format.Should().Be(format);
    }

    [Theory]
    [InlineData(1, QuantityFormat.DecimalSI, "1")]
    [InlineData(1000, QuantityFormat.DecimalSI, "1k")]
    [InlineData(1234000, QuantityFormat.DecimalSI, "1234k")]
    [InlineData(1024, QuantityFormat.BinarySI, "1Ki")]
    [InlineData(1000000, QuantityFormat.DecimalExponent, "1e6")]
    [InlineData(1048576, QuantityFormat.BinarySI, "1Mi")]
    [InlineData(-2048, QuantityFormat.BinarySI, "-2Ki")]
    public void FromValue_prints_canonically(long value, QuantityFormat format, string expected)
    {
        var quantity = Quantity.FromValue(value, format);

        quantity.ToString().Should().Be(expected);
        quantity.Value().Should().Be(value);
        Quantity.Parse(expected).Should().Be(quantity);
    }

    [Theory]
    [InlineData(1, -9, "1n")]
    [InlineData(1000, -9, "1u")]
    [InlineData(1, -6, "1u")]
    [InlineData(1000, -6, "1m")]
    [InlineData(1, -3, "1m")]
    [InlineData(1000, -3, "1")]
    [InlineData(1, 0, "1")]
    [InlineData(0, -9, "0")]
    [InlineData(0, 0, "0")]
    [InlineData(5, 21, "5e21")]
    [InlineData(15, -10, "2n")]
    [InlineData(-15, -10, "-2n")]
    [InlineData(7, -40, "1n")]
    public void FromScaled_multiplies_by_a_power_of_ten(long value, int scale, string expected)
    {
        Quantity.FromScaled(value, scale).ToString().Should().Be(expected);
    }

    [Fact]
    public void FromScaled_rejects_values_beyond_the_supported_range()
    {
        var act = () => Quantity.FromScaled(long.MaxValue, 20);

        act.Should().Throw<OverflowException>();
    }

    [Theory]
    [InlineData("10", "1e1", "20")]
    [InlineData("10", "1", "11")]
    [InlineData("0", "100m", "100m")]
    [InlineData("100m", "0", "100m")]
    [InlineData("0", "1Gi", "1Gi")]
    [InlineData("1Gi", "0", "1Gi")]
    [InlineData("1Gi", "512Mi", "1536Mi")]
    [InlineData("1Gi", "1", "1073741825")]
    [InlineData("100m", "1Ki", "1024100m")]
    [InlineData("1e3", "1", "1001")]
    [InlineData("1k", "-1k", "0")]
    [InlineData("0.1", "0.2", "300m")]
    public void Add_keeps_the_receivers_format_unless_it_is_zero(string left, string right, string expected)
    {
        (Quantity.Parse(left) + Quantity.Parse(right)).ToString().Should().Be(expected);
        Quantity.Parse(left).Add(Quantity.Parse(right)).ToString().Should().Be(expected);
    }

    [Theory]
    [InlineData("10", "1e1", "0")]
    [InlineData("10", "1", "9")]
    [InlineData("0", "50", "-50")]
    [InlineData("50", "0", "50")]
    [InlineData("1Gi", "512Mi", "512Mi")]
    [InlineData("0", "1Gi", "-1Gi")]
    [InlineData("0", "100m", "-100m")]
    [InlineData("100m", "0", "100m")]
    [InlineData("1", "1500m", "-500m")]
    public void Subtract_keeps_the_receivers_format_unless_it_is_zero(string left, string right, string expected)
    {
        (Quantity.Parse(left) - Quantity.Parse(right)).ToString().Should().Be(expected);
        Quantity.Parse(left).Subtract(Quantity.Parse(right)).ToString().Should().Be(expected);
    }

    [Fact]
    public void Zero_receiver_adopts_the_other_operands_format()
    {
        var gi = Quantity.Parse("1Gi");

        (Quantity.Zero + gi).Format.Should().Be(QuantityFormat.BinarySI);
        (Quantity.Zero - gi).Format.Should().Be(QuantityFormat.BinarySI);
        (Quantity.Parse("1") + gi).Format.Should().Be(QuantityFormat.DecimalSI);
    }

    [Fact]
    public void Addition_overflow_throws()
    {
        var big = Quantity.Parse("1e29");

        var act = () => big + big;

        act.Should().Throw<OverflowException>();
    }

    [Theory]
    [InlineData("9.01", "-9010m")]
    [InlineData("1Gi", "-1Gi")]
    [InlineData("-1e3", "1e3")]
    [InlineData("0", "0")]
    public void Negate_keeps_the_format(string text, string expected)
    {
        (-Quantity.Parse(text)).ToString().Should().Be(expected);
        Quantity.Parse(text).Negate().ToString().Should().Be(expected);
    }

    [Theory]
    [InlineData("10", 10, "100")]
    [InlineData("1Gi", 2, "2Gi")]
    [InlineData("-50", -50, "2500")]
    [InlineData("100m", 0, "0")]
    [InlineData("1Ki", -1, "-1Ki")]
    [InlineData("9223372036854775807", 10, "92233720368547758070")]
    public void Multiply_scales_the_value(string text, long factor, string expected)
    {
        (Quantity.Parse(text) * factor).ToString().Should().Be(expected);
        Quantity.Parse(text).Multiply(factor).ToString().Should().Be(expected);
    }

    [Fact]
    public void Multiply_overflow_throws()
    {
        var act = () => Quantity.Parse("100E").Multiply(long.MaxValue);

        act.Should().Throw<OverflowException>();
    }

    [Theory]
    [InlineData("1n", "1m")]
    [InlineData("1500u", "2m")]
    [InlineData("-1500u", "-2m")]
    [InlineData("100m", "100m")]
    [InlineData("1Gi", "1Gi")]
    [InlineData("0.5", "500m")]
    [InlineData("0", "0")]
    [InlineData("1.0001", "1001m")]
    public void RoundUpToMilli_rounds_away_from_zero(string text, string expected)
    {
        Quantity.Parse(text).RoundUpToMilli().ToString().Should().Be(expected);
    }

    [Theory]
    [InlineData("9.01", -3, "9010m")]
    [InlineData("9.01", -2, "9010m")]
    [InlineData("9.01", -1, "9100m")]
    [InlineData("9.01", 0, "10")]
    [InlineData("9.01", 1, "10")]
    [InlineData("9.01", 2, "100")]
    [InlineData("-9.01", -3, "-9010m")]
    [InlineData("-9.01", -1, "-9100m")]
    [InlineData("-9.01", 0, "-10")]
    [InlineData("-9.01", 2, "-100")]
    [InlineData("1.5Ki", 3, "2k")]
    public void RoundUp_rounds_to_the_requested_power_of_ten(string text, int scale, string expected)
    {
        var rounded = Quantity.Parse(text).RoundUp(scale);

        rounded.Should().Be(Quantity.Parse(expected));
        rounded.Format.Should().Be(Quantity.Parse(text).Format);
    }

    [Theory]
    [InlineData("-1n", -1)]
    [InlineData("0", 0)]
    [InlineData("1Ei", 1)]
    public void Sign_reports_the_sign(string text, int expected)
    {
        Quantity.Parse(text).Sign.Should().Be(expected);
    }
}
