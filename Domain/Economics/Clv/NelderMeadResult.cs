namespace Lodestar.Domain.Economics.Clv;

/// <summary>Where <see cref="NelderMead"/> stopped: the best point, its value, the objective calls spent, and whether the simplex converged.</summary>
public sealed record NelderMeadResult(IReadOnlyList<double> Point, double Value, int Evaluations, bool Converged);
