using System.Text.Json.Nodes;
using Lodestar.Domain.Economics;
using Lodestar.Domain.Tests.Segments;

namespace Lodestar.Domain.Tests.Economics.Service;

public sealed class ClvModelReaderTests
{
    private static CancellationToken Ct => SegmentWorld.Ct;

    [Fact]
    public async Task ReadAsync_BeforeTheFirstRun_NoTimeAndTheWorkspaceCurrency()
    {
        await using var world = await SegmentWorld.StartAsync(withPeople: false);

        var run = await world.Host.Get<ClvModelReader>().ReadAsync(Ct);

        Assert.Equal((null, "USD", null), (run.ComputedAt, run.Currency, run.Model));
    }

    [Fact]
    public async Task ReadAsync_AfterARun_TheFitItUsed()
    {
        await using var world = await EconomicsWorld.StartAsync();
        await world.Host.Get<EconomicsService>().RunAsync(null, Ct);

        var run = await world.Host.Get<ClvModelReader>().ReadAsync(Ct);

        Assert.Equal((EconomicsWorld.Now.UtcDateTime, "USD"), (run.ComputedAt, run.Currency));
        var model = Assert.IsType<StoredClvModel>(run.Model);
        Assert.Equal(("2026-04-15", "week", 3, 12, 0.01), (model.CalibrationEnd, model.TimeUnit, model.Customers, model.HorizonMonths, model.MonthlyDiscountRate));
        Assert.True(model.Bgnbd!.R > 0);
        Assert.Equal(2, model.GammaGamma!.Customers);
        Assert.Null(model.Problem);
    }

    [Fact]
    public void ToJson_TheFieldNamesStoredSinceTheFirstRuns()
    {
        var model = new StoredClvModel("2026-04-15", "week", 3, 12, 0.01, new StoredBgNbd(1, 2, 3, 4, -5, 60, true), new StoredGammaGamma(6, 7, 8, -9, 2));

        var json = JsonNode.Parse(model.ToJson())!.AsObject();

        Assert.Equal(["calibrationEnd", "timeUnit", "customers", "horizonMonths", "monthlyDiscountRate", "bgnbd", "gammaGamma"], json.Select(p => p.Key));
        Assert.Equal(["r", "alpha", "a", "b", "logLikelihood", "evaluations", "converged"], json["bgnbd"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["p", "q", "gamma", "logLikelihood", "customers"], json["gammaGamma"]!.AsObject().Select(p => p.Key));
        Assert.Equal(model, StoredClvModel.Parse(model.ToJson()));
        Assert.Equal("""{"problem":"No repeat purchases."}""", new StoredClvModel(Problem: "No repeat purchases.").ToJson());
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("  ", null)]
    [InlineData("{ not json", "cannot be read")]
    public void Parse_NothingOrNoModel_NullOrAProblem(string? json, string? problem)
    {
        var model = StoredClvModel.Parse(json);

        Assert.Equal(problem is null, model is null);
        if (problem is not null)
            Assert.Contains(problem, model!.Problem, StringComparison.Ordinal);
    }
}
