namespace Lodestar.Domain.Economics.Clv;

/// <summary>
/// The Gamma-Gamma spend model (Fader &amp; Hardie 2013, "The Gamma-Gamma Model of Monetary Value"; Colombo &amp; Jiang
/// 1999): each purchase's value is Gamma(shape <paramref name="P"/>, rate ν) around a customer's own mean, and ν varies
/// across customers as Gamma(shape <paramref name="Q"/>, rate <paramref name="Gamma"/>). γ is in the money unit of the
/// spend it was fitted on.
/// </summary>
public sealed record GammaGammaParameters(double P, double Q, double Gamma)
{
    public double P { get; } = BgNbdParameters.Positive(P, nameof(P));

    public double Q { get; } = BgNbdParameters.Positive(Q, nameof(Q));

    public double Gamma { get; } = BgNbdParameters.Positive(Gamma, nameof(Gamma));
}
