using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Lodestar.Domain.Accounts;
using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Client.Features.Crm.Activities;
using Lodestar.Portal.Client.Features.Crm.Deals;
using Lodestar.Portal.Client.Features.Destinations;
using Lodestar.Portal.Client.Features.Privacy.Deletions;
using Lodestar.Portal.Client.Features.Profiles;
using Lodestar.Portal.Tests.Infrastructure;
using Lodestar.Testing.Receivers;

namespace Lodestar.Portal.Tests.Api.Privacy;

/// <summary>
/// A person of one test, made over the real API: seen under an anonymous id, then a user id with an email and a phone,
/// a CRM contact (note, ticket, deal, opt-in), in a segment synced to an audience webhook at a local receiver. Every
/// text value of theirs contains <see cref="Token"/>, so a scan for it (and the phone) finds any trace.
/// </summary>
internal sealed class ErasureSubject
{
    public const string Secret = "erasure-test-signing-secret";

    private ErasureSubject(string token, string phoneDigits)
    {
        Token = token;
        PhoneDigits = phoneDigits;
    }

    public string Token { get; }

    /// <summary>A trait that puts the person in the test's segment without the segment's rule holding anything of theirs.</summary>
    public string Cohort { get; } = "cohort-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>Ten digits of a US number, 555 first.</summary>
    public string PhoneDigits { get; }

    public string AnonymousId => $"anon-{Token}";

    public string UserId => $"user-{Token}";

    public string Email => $"{Token}@erasure.example";

    public string FirstName => $"Zelphine{Token}";

    public string LastName => $"Quorrow{Token}";

    public string PhoneAsSent => $"+1 ({PhoneDigits[..3]}) {PhoneDigits[3..6]}-{PhoneDigits[6..]}";

    public string PhoneE164 => "+1" + PhoneDigits;

    public long ContactId { get; private set; }

    public long ProfileId { get; private set; }

    public long DestinationId { get; private set; }

    public long DealId { get; private set; }

    public IReadOnlyList<string> Traces => [Token, PhoneDigits, PhoneAsSent, $"{PhoneDigits[3..6]}-{PhoneDigits[6..]}"];

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    public static async Task<ErasureSubject> CreateAsync(PortalFactory portal, WebhookReceiver receiver)
    {
        var subject = new ErasureSubject("zq" + Guid.NewGuid().ToString("N")[..10],
            "555" + Random.Shared.Next(1_000_000, 9_999_999).ToString(CultureInfo.InvariantCulture));
        await subject.TrackAsync(portal);
        using var sales = await portal.CreateApiClientAsync(PortalRoleNames.Sales, "erasure subject");
        await subject.CrmAsync(sales);
        Assert.Equal("Succeeded", await portal.RunJobAsync("identity-resolution"));
        using var admin = portal.CreateApiClient();
        var found = await admin.GetFromJsonAsync<ProfileListDto>($"/api/profiles?identifierType=email&identifierValue={Uri.EscapeDataString(subject.Email)}", Ct);
        subject.ProfileId = Assert.Single(found!.Items).Id;
        await subject.SyncToWebhookAsync(portal, admin, receiver);
        return subject;
    }

    private async Task TrackAsync(PortalFactory portal)
    {
        Assert.Equal(HttpStatusCode.OK, (await portal.PostTrackingAsync("page", $$$$"""
            {"anonymousId":"{{{{AnonymousId}}}}","name":"Pricing","context":{"consent":{"categoryPreferences":{"analytics":true}},
             "page":{"url":"https://shop.example/pricing?email={{{{Uri.EscapeDataString(Email)}}}}"}}}
            """)).Status);
        Assert.Equal(HttpStatusCode.OK, (await portal.PostTrackingAsync("identify", $$$$"""
            {"anonymousId":"{{{{AnonymousId}}}}","userId":"{{{{UserId}}}}","traits":{"email":"{{{{Email.ToUpperInvariant()}}}}","phone":"{{{{PhoneAsSent}}}}",
             "firstName":"{{{{FirstName}}}}","lastName":"{{{{LastName}}}}","address":{"city":"Erasureville{{{{Token}}}}"},"cohort":"{{{{Cohort}}}}"}}
            """)).Status);
        Assert.Equal(HttpStatusCode.OK, (await portal.PostTrackingAsync("track", $$$$"""
            {"userId":"{{{{UserId}}}}","event":"Order Completed","properties":{"revenue":42,"note":"gift for {{{{FirstName}}}}"}}
            """)).Status);
    }

    private async Task CrmAsync(HttpClient sales)
    {
        using var contact = await sales.PostAsync("/api/crm/contacts", Json.Of(new ContactInput
        {
            FirstName = FirstName, LastName = LastName, Email = Email, Phone = $"{PhoneDigits[..3]}-{PhoneDigits[3..6]}-{PhoneDigits[6..]}", City = $"Erasureville{Token}",
        }), Ct);
        Assert.Equal(HttpStatusCode.Created, contact.StatusCode);
        ContactId = (await contact.Content.ReadFromJsonAsync<ContactDto>(Ct))!.Id;
        using var note = await sales.PostAsync("/api/crm/activities",
            Json.Of(new ActivityInput { Kind = "note", Body = $"Called {FirstName} about the renewal", ContactId = ContactId }), Ct);
        Assert.Equal(HttpStatusCode.Created, note.StatusCode);
        using var ticket = await sales.PostAsync("/api/crm/tickets", Json.Of(new TicketInput { Subject = $"Refund for {LastName}", Priority = "normal", ContactId = ContactId }), Ct);
        Assert.Equal(HttpStatusCode.Created, ticket.StatusCode);
        using var consent = await sales.PostAsync($"/api/crm/contacts/{ContactId}/consent", Json.Body("""{"category":"marketing","granted":true}"""), Ct);
        Assert.Equal(HttpStatusCode.OK, consent.StatusCode);
        var tag = Guid.NewGuid().ToString("N")[..8];
        using var pipeline = await sales.PostAsync("/api/crm/pipelines", Json.Of(new PipelineInput($"Erasure pipeline {tag}", [new StageInput(null, "Lead", 10, "open")])), Ct);
        var pipelineId = (await pipeline.Content.ReadFromJsonAsync<PipelineDto>(Ct))!.Id;
        using var deal = await sales.PostAsync("/api/crm/deals", Json.Of(new DealInput { Name = $"Renewal {tag}", PipelineId = pipelineId, Currency = "USD", ContactId = ContactId }), Ct);
        Assert.Equal(HttpStatusCode.Created, deal.StatusCode);
        DealId = (await deal.Content.ReadFromJsonAsync<DealDto>(Ct))!.Id;
    }

    /// <summary>A segment of exactly this person (by a trait), connected to an audience webhook and synced.</summary>
    private async Task SyncToWebhookAsync(PortalFactory portal, HttpClient admin, WebhookReceiver receiver)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        using var segment = await admin.PostAsync("/api/segments", Json.Body($$$"""
            {"name":"Erasure {{{tag}}}","refreshMinutes":60,"rule":{"match":"all","children":[
              {"kind":"trait","trait":"cohort","test":{"type":"string","operator":"equals","value":"{{{Cohort}}}"}}]}}
            """), Ct);
        Assert.Equal(HttpStatusCode.Created, segment.StatusCode);
        var segmentId = (await Json.ReadAsync(segment))["id"]!.GetValue<long>();
        await WaitAsync(async () => (await Json.ReadAsync(await admin.GetAsync($"/api/segments/{segmentId}", Ct)))["size"]?.GetValue<int>() == 1);
        using var created = await admin.PostAsJsonAsync("/api/destinations", new DestinationInput($"Erasure hook {tag}", "audience-webhook", true,
            new Dictionary<string, string> { ["url"] = receiver.Url }, new Dictionary<string, string> { ["signingSecret"] = Secret }, null, 10, null), Ct);
        DestinationId = (await created.Content.ReadFromJsonAsync<DestinationDto>(Ct))!.Id;
        using var connected = await admin.PostAsJsonAsync($"/api/destinations/{DestinationId}/connections",
            new ConnectionInput(segmentId, [new FieldMappingDto("firstName", "FNAME")], 60, true), Ct);
        Assert.Equal(HttpStatusCode.OK, connected.StatusCode);
        using var sync = await admin.PostAsync($"/api/destinations/{DestinationId}/sync", null, Ct);
        Assert.Equal("Succeeded", await portal.WaitForJobAsync((await sync.Content.ReadFromJsonAsync<SyncStartedDto>(Ct))!.JobId));
        Assert.Contains(receiver.Accepted, b => b.Body.ToJsonString().Contains(Email, StringComparison.Ordinal));
    }

    public static async Task<DeletionDto> WaitForCompletionAsync(HttpClient admin, long id)
    {
        DeletionDto? request = null;
        await WaitAsync(async () =>
        {
            request = await admin.GetFromJsonAsync<DeletionDto>($"/api/privacy/deletions/{id}", Ct);
            return request!.Status is "completed" or "failed";
        });
        return request!;
    }

    private static async Task WaitAsync(Func<Task<bool>> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await done())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("Not done within 60 s.");
            await Task.Delay(100, Ct);
        }
    }
}
