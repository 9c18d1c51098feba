namespace Lodestar.Domain.Economics.Clv;

/// <summary>Maximum-likelihood Gamma-Gamma parameters, the log-likelihood there, how many (repeat) customers they were fitted on and the optimiser's effort.</summary>
public sealed record GammaGammaFit(GammaGammaParameters Parameters, double LogLikelihood, int Customers, int Evaluations, bool Converged);
