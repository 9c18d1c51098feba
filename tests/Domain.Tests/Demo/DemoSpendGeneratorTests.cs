using Lodestar.Domain.Demo;
using Lodestar.Domain.Operations;
using Lodestar.Testing;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Demo;

public sealed class DemoSpendGeneratorTests
{
    private static readonly DateTime Anchor = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public void Generate_SameInputs_SameRowsEveryPaidCampaignEachMonth()
    {
        var rows = DemoSpendGenerator.Generate(5_000, 42, Anchor);

        Assert.Equal(rows, DemoSpendGenerator.Generate(5_000, 42, Anchor));
        // 13 months (2025-11..2026-11) × the 11 campaigns of Paid Search, Paid Social, Email and Referral.
        Assert.Equal(13 * 11, rows.Count);
        Assert.Equal(["2025-11-01", "2026-11-01"], new[] { rows.Min(r => r.Date)!, rows.Max(r => r.Date)! });
        Assert.Equal(["Email", "Paid Search", "Paid Social", "Referral"], rows.Select(r => r.Channel!).Distinct().Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal("USD", r.Currency));
    }

    [Fact]
    public void Generate_PaidSearch_BudgetFollowsItsVisitorsWithinFifteenPercent()
    {
        var month = DemoSpendGenerator.Generate(5_000, 42, Anchor).Where(r => r.Channel == "Paid Search" && r.Date == "2026-03-01")
            .Sum(r => decimal.Parse(r.Cost!, System.Globalization.CultureInfo.InvariantCulture));

        // 5,000 people × 25% × 120 USD a visitor ÷ 12 months = 12,500 USD.
        Assert.InRange(month, 12_500m * 0.85m, 12_500m * 1.15m);
    }

    [Fact]
    public async Task SeedAsync_RunTwice_SpendAddedOnce()
    {
        await using var host = await DomainTestHost.StartAsync(new Dictionary<string, string?> { ["Demo:People"] = "200" });

        await host.Get<DemoSeedService>().SeedAsync(new Silent(), Ct);
        await host.Get<DemoSeedService>().SeedAsync(new Silent(), Ct);

        await using var db = host.CreateDbContext();
        Assert.Equal(13 * 11, await db.MarketingSpend.CountAsync(Ct));
    }

    [Fact]
    public async Task SeedAsync_OtherSpendAlreadyThere_DemoSpendAddedBeside()
    {
        await using var host = await DomainTestHost.StartAsync(new Dictionary<string, string?> { ["Demo:People"] = "200" });
        await host.Get<Lodestar.Domain.Economics.Spend.MarketingSpendService>().AddAsync([new Lodestar.Domain.Economics.Spend.SpendDraft("2033-01-05", "TV", null, "100", "USD")], Ct);

        await host.Get<DemoSeedService>().SeedAsync(new Silent(), Ct);

        await using var db = host.CreateDbContext();
        Assert.Equal(13 * 11 + 1, await db.MarketingSpend.CountAsync(Ct));
    }

    private sealed class Silent : IJobProgress
    {
        public Task ReportAsync(double fraction, string message, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
