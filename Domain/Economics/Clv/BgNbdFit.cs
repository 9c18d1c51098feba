namespace Lodestar.Domain.Economics.Clv;

/// <summary>Maximum-likelihood BG/NBD parameters, the log-likelihood there, how many customers they were fitted on and the optimiser's effort.</summary>
public sealed record BgNbdFit(BgNbdParameters Parameters, double LogLikelihood, int Customers, int Evaluations, bool Converged);
