namespace Lodestar.Domain.Economics.Clv;

/// <summary>
/// The BG/NBD model (Fader, Hardie &amp; Lee 2005, "Counting Your Customers the Easy Way"): while alive a customer buys
/// at a Poisson rate λ ~ Gamma(shape <paramref name="R"/>, rate <paramref name="Alpha"/>), and after each purchase drops
/// out with probability p ~ Beta(<paramref name="A"/>, <paramref name="B"/>). α is in the model's time unit.
/// </summary>
public sealed record BgNbdParameters(double R, double Alpha, double A, double B)
{
    public double R { get; } = Positive(R, nameof(R));

    public double Alpha { get; } = Positive(Alpha, nameof(Alpha));

    public double A { get; } = Positive(A, nameof(A));

    public double B { get; } = Positive(B, nameof(B));

    internal static double Positive(double value, string name) =>
        double.IsFinite(value) && value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, "Model parameters are positive numbers.");
}
