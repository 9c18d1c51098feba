using Lodestar.Domain.Economics.Clv;

namespace Lodestar.Domain.Tests.Economics.Clv;

public sealed class Hypergeometric2F1Tests
{
    private static void Close(double expected, double actual, double relative = 1e-12) =>
        Assert.True(Math.Abs(actual - expected) <= relative * Math.Abs(expected), $"expected {expected:R}, got {actual:R}");

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.99)]
    [InlineData(0.9999)]
    public void Evaluate_OneOneTwo_IsMinusLogOneMinusZOverZ(double z) =>
        Close(-Math.Log(1 - z) / z, Hypergeometric2F1.Evaluate(1, 1, 2, z));

    [Fact]
    public void Evaluate_HalfHalfThreeHalves_IsArcsine()
    {
        const double s = 0.995;
        Close(Math.Asin(s) / s, Hypergeometric2F1.Evaluate(0.5, 0.5, 1.5, s * s));
    }

    [Theory]
    [InlineData(2.5, 0.7, 0.3)]
    [InlineData(2.5, 0.7, 0.99)]
    [InlineData(30, 3, 0.9)]
    public void Evaluate_CEqualsB_IsBinomialSeries(double a, double b, double z) =>
        Close(Math.Pow(1 - z, -a), Hypergeometric2F1.Evaluate(a, b, b, z));

    [Fact]
    public void Evaluate_NegativeIntegerA_IsThePolynomial() =>
        // 1 + (−3·2/1.5)·0.5 + (−3·−2·2·3)/(1.5·2.5·2)·0.25 + (−3·−2·−1·2·3·4)/(1.5·2.5·3.5·6)·0.125 = −1/35
        Close(-1.0 / 35, Hypergeometric2F1.Evaluate(-3, 2, 1.5, 0.5));

    [Theory]
    // Reference values: mpmath 1.3.0 hyp2f1 at 30 digits.
    [InlineData(0.3, 0.4, 2.5, 0.9999, 1.07379469953487898310633095388)]
    [InlineData(0.2425982, 2.4261667, 2.2191566, 0.999, 11.0592145433486233335865578849)]
    [InlineData(-0.5, 1.7, 0.3, 0.8, -4.67042514375590339080119068152)]
    public void Evaluate_AgainstMpmath_Agrees(double a, double b, double c, double z, double expected) =>
        Close(expected, Hypergeometric2F1.Evaluate(a, b, c, z), 1e-11);

    [Fact]
    public void Log_PublishedCustomerTerm_AgreesWithMpmath()
    {
        // The E[Y(52) | x=26, T=31] term of the CDNOW fit: 2F1(r+26, b+26; a+b+25; 52/(α+31+52)) ≈ 2.37e10.
        const double r = 0.2425982, alpha = 4.4136842, a = 0.7929899, b = 2.4261667;
        Close(23.8897546764160250908980971326, Hypergeometric2F1.Log(r + 26, b + 26, a + b + 25, 52 / (alpha + 31 + 52)));
        Close(23724039037.7112235977461721273, Hypergeometric2F1.Evaluate(r + 26, b + 26, a + b + 25, 52 / (alpha + 31 + 52)), 1e-11);
    }

    [Fact]
    public void Log_RunawayFitWhoseEulerTermsCancel_SumsThePlainSeries() =>
        // Arguments of a BG/NBD fit whose r and α ran away together (r ≈ 2.5e23): Euler's transform has c − a ≈ −2.5e23,
        // its terms alternate and cancelled to a negative sum. Expected: the plain series (114 positive terms) in doubles.
        Close(43.318162567900394, Hypergeometric2F1.Log(2.4550089367865914E+23, 961.1304616399284, 1452.4691375632865, 2.6466824094042333E-22), 1e-12);

    [Fact]
    public void Log_ValueBeyondDoubleRange_StaysFinite() =>
        // 2F1(r+500, b+500; a+b+499; 0.6) ≈ e^458.6: summed as the plain series it would overflow on the way.
        Close(458.556848214189535663089241612, Hypergeometric2F1.Log(0.2425982 + 500, 2.4261667 + 500, 0.7929899 + 2.4261667 + 499, 0.6));

    [Fact]
    public void Evaluate_ZeroArgument_IsOne() => Assert.Equal(1.0, Hypergeometric2F1.Evaluate(3.2, 1.1, 0.4, 0));

    [Theory]
    [InlineData(1.0)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void Evaluate_ArgumentOutsideZeroToOne_Throws(double z) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Hypergeometric2F1.Evaluate(1, 1, 2, z));

    [Fact]
    public void Evaluate_NonPositiveIntegerC_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Hypergeometric2F1.Evaluate(1, 1, -2, 0.5));

    [Fact]
    public void Log_NegativeValue_Throws() =>
        Assert.Throws<ArithmeticException>(() => Hypergeometric2F1.Log(-0.5, 1.7, 0.3, 0.8));
}
