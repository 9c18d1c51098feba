using Lodestar.Domain.Crm;
using Lodestar.Domain.Crm.Deals;
using Lodestar.Domain.Economics.Attribution;
using Lodestar.Domain.Economics.Settings;
using Lodestar.Domain.Economics.Spend;
using Lodestar.Domain.Tests.Segments;

namespace Lodestar.Domain.Tests.Economics.Service;

/// <summary>
/// The hand-worked fixture (see <see cref="Ledger.EconomicsFixture"/>) as a workspace: stored through ingestion and
/// identity resolution, the deal through the CRM. USD, 1 EUR = 1.10 USD, 1 GBP = 1.25 USD; "now" 2026-04-15.
/// anna visits anonymously from Google's results (2026-01-02), then from a paid Facebook ad (01-05), signs up with that
/// browser (01-06), orders o1 100 USD (01-10, sent twice), is refunded 30 (02-05) and orders o2 50 EUR (03-02).
/// ben orders o3 £80 from a Google ad (01-20), refunded in full (01-25). cara orders o4 200 USD from the newsletter
/// (02-14) and wins a 300 USD deal as a CRM contact (04-01). dave only visits.
/// Spend: "paid search" 150 USD (01-15), Paid Social 90 EUR (01-20), Email 100 USD (02-03).
/// </summary>
internal static class EconomicsWorld
{
    public static readonly DateTimeOffset Now = new(2026, 4, 15, 12, 0, 0, TimeSpan.Zero);

    public static async Task<SegmentWorld> StartAsync(AttributionModel attribution = AttributionModel.FirstTouch)
    {
        var world = await SegmentWorld.StartAsync(withPeople: false);
        var ct = SegmentWorld.Ct;
        await world.Host.Get<EconomicsSettingsService>().SaveAsync(EconomicsSettings.Default with
        {
            Attribution = attribution, Rates = new Dictionary<string, decimal> { ["EUR"] = 1.10m, ["GBP"] = 1.25m },
        }, ct);
        await world.SendAsync(
            """{"type":"page","anonymousId":"anon-anna","name":"Home","timestamp":"2026-01-02T08:00:00Z","context":{"page":{"referrer":"https://www.google.com/"}}}""",
            """{"type":"page","anonymousId":"anon-anna","name":"Pricing","timestamp":"2026-01-05T08:00:00Z","context":{"campaign":{"source":"facebook","medium":"paid_social","name":"spring"}}}""",
            """{"type":"identify","userId":"anna","anonymousId":"anon-anna","timestamp":"2026-01-06T08:00:00Z","traits":{"email":"anna@example.com"}}""",
            """{"type":"track","userId":"anna","event":"Order Completed","timestamp":"2026-01-10T09:00:00Z","properties":{"order_id":"o1","revenue":100,"currency":"USD"}}""",
            """{"type":"track","userId":"anna","event":"Order Completed","timestamp":"2026-01-10T09:05:00Z","properties":{"order_id":"o1","revenue":100,"currency":"USD"}}""",
            """{"type":"track","userId":"anna","event":"Order Refunded","timestamp":"2026-02-05T12:00:00Z","properties":{"order_id":"o1","revenue":30}}""",
            """{"type":"track","userId":"anna","event":"Order Completed","timestamp":"2026-03-02T10:00:00Z","properties":{"order_id":"o2","total":"50.00","currency":"EUR"}}""",
            """{"type":"track","userId":"ben","event":"Order Completed","timestamp":"2026-01-20T10:00:00Z","properties":{"order_id":"o3","revenue":80,"currency":"GBP"},"context":{"campaign":{"source":"google","medium":"cpc"}}}""",
            """{"type":"track","userId":"ben","event":"Order Refunded","timestamp":"2026-01-25T10:00:00Z","properties":{"order_id":"o3"}}""",
            """{"type":"identify","userId":"cara","timestamp":"2026-02-01T10:00:00Z","traits":{"email":"cara@example.com"}}""",
            """{"type":"track","userId":"cara","event":"Order Completed","timestamp":"2026-02-14T10:00:00Z","properties":{"order_id":"o4","revenue":200},"context":{"campaign":{"source":"newsletter","medium":"email"}}}""",
            """{"type":"page","anonymousId":"anon-dave","name":"Home","timestamp":"2026-02-20T10:00:00Z","context":{"campaign":{"source":"google","medium":"cpc"}}}""");

        world.Clock.Now = new DateTimeOffset(2026, 4, 1, 10, 0, 0, TimeSpan.Zero);
        var contact = await world.Host.Get<ContactService>().CreateAsync(new ContactFields { FirstName = "Cara", LastName = "Test", Email = "cara@example.com" }, "test", ct);
        await world.Host.Get<DealService>().CreateAsync(new DealFields
        {
            Name = "Consulting", Amount = 300_00, Currency = "USD", StageId = SegmentCrmWorld.Won, ContactId = contact.Contact.Id, CloseReason = "Best fit",
        }, "test", ct);
        world.Clock.Now = Now;
        await world.Host.Get<Lodestar.Domain.Identity.IdentityResolutionService>().RunIncrementalAsync(null, ct);

        await world.Host.Get<MarketingSpendService>().AddAsync(
        [
            new SpendDraft("2026-01-15", "paid search", "brand", "150", "USD"),
            new SpendDraft("2026-01-20", "Paid Social", "spring", "90.00", "EUR"),
            new SpendDraft("2026-02-03", "Email", null, "100", "usd"),
        ], ct);
        return world;
    }
}
