namespace PodSim.Tests;

public class SmokeTests
{
    [Fact]
    public void Arithmetic_works() => (1 + 1).Should().Be(2);
}
