using Lodestar.Domain.Crm;
using Lodestar.Domain.Crm.Activities;
using Lodestar.Domain.Crm.Deals;
using Lodestar.Domain.Tests.Identity;

namespace Lodestar.Domain.Tests.Crm.Activities;

public sealed class ContactTimelineServiceTests
{
    private static readonly DateTime T = new(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc);

    private static CancellationToken Ct => CrmHarness.Ct;

    [Fact]
    public async Task GetAsync_ActivitiesOnContactAndDealAndProfileEvents_InterleavedNewestFirstAcrossPages()
    {
        await using var harness = await IdentityHarness.StartAsync();
        await harness.SendAsync(
            """{"type":"track","messageId":"t-1","userId":"u-1","event":"Signed Up","timestamp":"2026-03-02T10:30:00Z","context":{"traits":{"email":"jane@example.com"}}}""",
            """{"type":"page","messageId":"t-2","userId":"u-1","name":"Pricing","timestamp":"2026-03-02T12:30:00Z"}""");
        var host = harness.Host;
        var contact = (await host.Get<ContactService>().CreateAsync(CrmHarness.Jane(), "sam", Ct)).Contact.Id;
        await harness.ResolveAsync();
        var pipeline = await host.Get<PipelineService>().CreateAsync(new PipelineFields("Renewals", [new StageFields(null, "Lead", 10, StageOutcome.Open)]), Ct);
        var deal = (await host.Get<DealService>().CreateAsync(new DealFields { Name = "Big", PipelineId = pipeline.Id, Currency = "EUR", ContactId = contact }, "sam", Ct)).Deal.Id;
        var activities = host.Get<ActivityService>();
        await activities.CreateAsync(new ActivityFields { Kind = "call", Subject = "Intro call", ContactId = contact, OccurredAt = T }, "sam", null, Ct);
        await activities.CreateAsync(new ActivityFields { Kind = "meeting", Subject = "Demo", DealId = deal, OccurredAt = T.AddHours(2) }, "sam", null, Ct);
        var other = (await host.Get<ContactService>().CreateAsync(CrmHarness.Jane("other@example.com"), "sam", Ct)).Contact.Id;
        await activities.CreateAsync(new ActivityFields { Kind = "note", Body = "Elsewhere", ContactId = other }, "sam", null, Ct);
        var service = host.Get<ContactTimelineService>();

        var first = await service.GetAsync(contact, null, 3, Ct);
        var second = await service.GetAsync(contact, first.NextBefore, 3, Ct);

        // The contact's own identify message, stored when it was saved (now), is the newest product event.
        Assert.Equal(["identify", "Pricing", "Demo"], first.Items.Select(i => i.Title));
        Assert.Equal(["event", "event", "meeting"], first.Items.Select(i => i.Kind));
        Assert.Equal($"crm/deals/{deal}", first.Items[2].Link);
        Assert.Equal(["Signed Up", "Intro call"], second.Items.Select(i => i.Title));
        Assert.Null(second.NextBefore);
    }

    [Fact]
    public async Task GetAsync_UnknownContact_NotFound()
    {
        await using var harness = await IdentityHarness.StartAsync();

        await Assert.ThrowsAsync<NotFoundException>(() => harness.Host.Get<ContactTimelineService>().GetAsync(987654, null, 10, Ct));
    }
}
