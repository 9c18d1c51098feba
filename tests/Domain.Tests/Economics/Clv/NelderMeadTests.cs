using Lodestar.Domain.Economics.Clv;

namespace Lodestar.Domain.Tests.Economics.Clv;

public sealed class NelderMeadTests
{
    private static double Rosenbrock(double[] v) => 100 * Math.Pow(v[1] - v[0] * v[0], 2) + Math.Pow(1 - v[0], 2);

    [Fact]
    public void Minimize_Rosenbrock_FindsTheValleyFloor()
    {
        var result = NelderMead.Minimize(Rosenbrock, [-1.2, 1]);

        Assert.True(result.Converged);
        Assert.Equal(1, result.Point[0], 1e-6);
        Assert.Equal(1, result.Point[1], 1e-6);
        Assert.InRange(result.Value, 0, 1e-12);
    }

    [Fact]
    public void Minimize_BadlyScaledQuadraticInFourVariables_FindsTheMinimum()
    {
        double[] centre = [3, -2, 0.5, 10];
        double[] scale = [1, 100, 0.01, 5];
        var result = NelderMead.Minimize(v => v.Select((x, i) => scale[i] * (x - centre[i]) * (x - centre[i])).Sum(), [0, 0, 0, 0]);

        Assert.True(result.Converged);
        for (var i = 0; i < 4; i++)
            Assert.Equal(centre[i], result.Point[i], 1e-4);
    }

    [Fact]
    public void Minimize_SameProblemTwice_SameStepsAndAnswer()
    {
        var first = NelderMead.Minimize(Rosenbrock, [-1.2, 1]);
        var second = NelderMead.Minimize(Rosenbrock, [-1.2, 1]);

        Assert.Equal(first.Evaluations, second.Evaluations);
        Assert.Equal(first.Point, second.Point);
    }

    [Fact]
    public void Minimize_NaNOutsideTheDomain_TreatedAsWorseThanAnything()
    {
        // ln(x) − x has its maximum at x = 1 and is NaN for x < 0, where the simplex's first reflections land.
        var result = NelderMead.Minimize(v => -(Math.Log(v[0]) - v[0]), [0.2], step: 2);

        Assert.Equal(1, result.Point[0], 1e-6);
    }

    [Fact]
    public void Minimize_BudgetTooSmall_ReportsNotConverged()
    {
        var result = NelderMead.Minimize(Rosenbrock, [-1.2, 1], maxEvaluations: 20);

        Assert.False(result.Converged);
        Assert.InRange(result.Evaluations, 20, 30);
    }

    [Fact]
    public void Minimize_NoVariables_Throws() =>
        Assert.Throws<ArgumentException>(() => NelderMead.Minimize(_ => 0, []));
}
