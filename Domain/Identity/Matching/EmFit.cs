namespace Lodestar.Domain.Identity.Matching;

/// <summary>The fitted parameters: m per comparison and level and λ from <see cref="ExpectationMaximization"/>, with the fixed u it used.</summary>
internal sealed record EmFit(double[][] M, double[][] U, double Prior, int Iterations, bool Converged);
