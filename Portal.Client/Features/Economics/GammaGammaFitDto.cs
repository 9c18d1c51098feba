namespace Lodestar.Portal.Client.Features.Economics;

/// <summary>Fitted Gamma-Gamma parameters (γ in major units of the currency), the log-likelihood at them and the repeat customers they were fitted on.</summary>
public sealed record GammaGammaFitDto(double P, double Q, double Gamma, double LogLikelihood, int Customers);
