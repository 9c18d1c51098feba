using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Lodestar.Portal.Client.Features.Audit;
using Lodestar.Portal.Client.Features.Privacy.Deletions;
using Lodestar.Portal.Tests.Infrastructure;
using Lodestar.Testing.Privacy;
using Lodestar.Testing.Receivers;

namespace Lodestar.Portal.Tests.Api.Privacy;

[Collection(PortalCollection.Name)]
public sealed class PrivacyDeletionEndpointsTests(SharedPortal portal)
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    /// <summary>The test: a person seen under an anonymous id, a user id, an email, a phone and a CRM contact is deleted by phone number.</summary>
    [Fact]
    public async Task Post_ByPhone_EveryTraceGoneFromEveryTable_LaterMessagesDropped_ReceiptComplete_WebhookGotTheDelete()
    {
        await using var receiver = await WebhookReceiver.StartAsync(ErasureSubject.Secret);
        var person = await ErasureSubject.CreateAsync(portal, receiver);
        var bystander = $"bystander-{Guid.NewGuid():N}";
        Assert.Equal(HttpStatusCode.OK, (await portal.PostTrackingAsync("track", $$"""{"userId":"{{bystander}}","event":"Order Completed"}""")).Status);
        Assert.NotEmpty(await DatabaseScan.FindTextsAsync(portal.DatabaseFile, person.Traces, Ct));
        using var admin = portal.CreateApiClient();

        using var posted = await admin.PostAsync("/api/privacy/deletions",
            Json.Body($$"""{"identifierType":"phone","value":"{{person.PhoneDigits[..3]}}.{{person.PhoneDigits[3..6]}}.{{person.PhoneDigits[6..]}}"}"""), Ct);
        var filed = (await posted.Content.ReadFromJsonAsync<DeletionDto>(Ct))!;
        var done = await ErasureSubject.WaitForCompletionAsync(admin, filed.Id);

        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        Assert.Equal($"/api/privacy/deletions/{filed.Id}", posted.Headers.Location?.OriginalString);
        Assert.Equal(("queued", "phone", "delete"), (filed.Status, filed.IdentifierType, filed.Mode));
        Assert.NotNull(filed.JobId);
        Assert.Equal("completed", done.Status);

        // Every table, every row, every column.
        Assert.Empty(await DatabaseScan.FindTextsAsync(portal.DatabaseFile, person.Traces, Ct));
        Assert.Empty(await DatabaseScan.FindIdsAsync(portal.DatabaseFile, "ProfileId", [person.ProfileId], Ct));
        Assert.Empty(await DatabaseScan.FindIdsAsync(portal.DatabaseFile, "ContactId", [person.ContactId], Ct));
        Assert.Single(await StoredEvents.ForUserAsync(portal, bystander));

        // The receipt.
        var r = done.Receipt;
        Assert.Equal((1, 1), (r.Profiles, r.Contacts));
        Assert.True(r.Events >= 5, $"{r.Events} events");
        foreach (var store in new[] { "Events", "Profiles", "ProfileIdentifiers", "ProfileTraits", "Contacts", "CrmActivities", "CrmTickets", "ConsentChanges",
                     "SegmentMembers", "DestinationMembers", "DestinationLedger" })
            Assert.True(r.Stores.Where(s => s.Store == store && s.Action == "deleted").Sum(s => s.Rows) > 0, $"nothing deleted from {store}");
        Assert.Equal(1, r.Stores.Single(s => s.Store == "CrmDeals").Rows);
        Assert.Equal(["anonymous_id", "crm_contact_id", "email", "phone", "user_id"], r.Suppressed.Select(s => s.Type).Distinct().Order());
        var destination = Assert.Single(r.Destinations);
        Assert.Equal((person.DestinationId, "done"), (destination.DestinationId, destination.Status));
        Assert.NotNull(r.CompletedAt);

        // The destination got a signed delete naming what it was sent.
        var delete = Assert.Single(receiver.Accepted, b => b.Body["type"]!.GetValue<string>() == "deletion_batch");
        var deleted = Assert.Single(delete.Body["events"]!.AsArray())!;
        Assert.Equal(("profile_deleted", person.ProfileId), (deleted["type"]!.GetValue<string>(), deleted["profileId"]!.GetValue<long>()));
        Assert.Equal(person.Email, deleted["identifiers"]!["email"]![0]!.GetValue<string>());
        Assert.Equal(0, receiver.BadSignatures);

        // Later messages carrying any of the identifiers are accepted and dropped; others are stored.
        var suppressedBefore = (await admin.GetFromJsonAsync<SuppressionListDto>("/api/privacy/suppressions", Ct))!.DroppedMessages;
        var later = new[]
        {
            $$"""{"userId":"{{person.UserId}}","event":"Back"}""",
            $$"""{"anonymousId":"{{person.AnonymousId}}","event":"Back"}""",
            $$$$"""{"anonymousId":"fresh-{{{{person.Token}}}}","event":"Back","context":{"traits":{"email":"{{{{person.Email}}}}"}}}""",
            $$$"""{"anonymousId":"fresh-{{{person.Token}}}","event":"Back","properties":{"phone":"{{{person.PhoneAsSent}}}"}}""",
            $$$"""{"anonymousId":"fresh-{{{person.Token}}}","event":"Back","context":{"externalIds":[{"id":"{{{person.ContactId}}}","type":"crm_contact_id","collection":"users","encoding":"none"}]}}""",
        };
        foreach (var (message, i) in later.Select((m, i) => (m, i)))
        {
            var messageId = $"later-{person.Token}-{i}";
            Assert.Equal(HttpStatusCode.OK, (await portal.PostTrackingAsync("track", message.Insert(1, $"\"messageId\":\"{messageId}\","))).Status);
            Assert.Equal(0, await StoredEvents.CountAsync(portal, messageId));
        }

        var control = $"later-{person.Token}-control";
        Assert.Equal(HttpStatusCode.OK, (await portal.PostTrackingAsync("track", $$"""{"messageId":"{{control}}","userId":"{{bystander}}","event":"Back"}""")).Status);
        Assert.Equal(1, await StoredEvents.CountAsync(portal, control));
        Assert.Equal(suppressedBefore + later.Length, (await admin.GetFromJsonAsync<SuppressionListDto>("/api/privacy/suppressions", Ct))!.DroppedMessages);

        // Audited under a masked identifier: the log outlives the person and must not bring them back.
        var audit = (await admin.GetFromJsonAsync<AuditPageDto>($"/api/audit?action=privacy.*&take=200", Ct))!.Items
            .Where(e => e.TargetType == "deletion-request" && e.TargetId == filed.Id.ToString(CultureInfo.InvariantCulture)).ToList();
        var requested = Assert.Single(audit, e => e.Action == "privacy.deletion-requested");
        Assert.Contains(audit, e => e.Action == "privacy.deletion-completed");
        Assert.Equal(("phone +•••••••••" + person.PhoneDigits[^2..], "mode delete"), (requested.TargetDisplay, requested.Detail));
        Assert.Equal("api-key", requested.ActorType);
        Assert.All(audit, e => Assert.DoesNotContain(person.Traces, t => $"{e.TargetDisplay} {e.Detail}".Contains(t, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task Post_Twice_TheSameRequestAndTheJobRunAgainChangesNothing()
    {
        using var admin = portal.CreateApiClient();
        var userId = $"twice-{Guid.NewGuid():N}";
        Assert.Equal(HttpStatusCode.OK, (await portal.PostTrackingAsync("track", $$"""{"userId":"{{userId}}","event":"Seen"}""")).Status);

        var first = (await (await admin.PostAsync("/api/privacy/deletions", Json.Body($$"""{"identifierType":"userId","value":"{{userId}}"}"""), Ct))
            .Content.ReadFromJsonAsync<DeletionDto>(Ct))!;
        var done = await ErasureSubject.WaitForCompletionAsync(admin, first.Id);
        Assert.Equal("Succeeded", await portal.RunJobAsync("privacy-deletion"));
        var again = await admin.GetFromJsonAsync<DeletionDto>($"/api/privacy/deletions/{first.Id}", Ct);
        var list = await admin.GetFromJsonAsync<DeletionListDto>("/api/privacy/deletions?limit=200", Ct);

        Assert.Equal("completed", done.Status);
        Assert.Equal(1, done.Receipt.Events);
        Assert.Equal((done.CompletedAt, done.Receipt.RowsRemoved), (again!.CompletedAt, again.Receipt.RowsRemoved));
        Assert.Single(list!.Items, d => d.Id == first.Id);
        Assert.Empty(await StoredEvents.ForUserAsync(portal, userId));
    }

    [Fact]
    public async Task Unsuppress_TheIdentifiersMessagesAreStoredAgain()
    {
        using var admin = portal.CreateApiClient();
        var userId = $"unsuppress-{Guid.NewGuid():N}";
        var filed = (await (await admin.PostAsync("/api/privacy/deletions", Json.Body($$"""{"identifierType":"user_id","value":"{{userId}}"}"""), Ct))
            .Content.ReadFromJsonAsync<DeletionDto>(Ct))!;
        await ErasureSubject.WaitForCompletionAsync(admin, filed.Id);
        var entry = (await admin.GetFromJsonAsync<SuppressionListDto>("/api/privacy/suppressions?limit=500", Ct))!.Items.Single(s => s.DeletionRequestId == filed.Id);
        await portal.PostTrackingAsync("track", $$"""{"userId":"{{userId}}","event":"Dropped"}""");

        using var removed = await admin.DeleteAsync($"/api/privacy/suppressions/{entry.Id}", Ct);
        using var again = await admin.DeleteAsync($"/api/privacy/suppressions/{entry.Id}", Ct);
        await portal.PostTrackingAsync("track", $$"""{"userId":"{{userId}}","event":"Stored"}""");

        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(["Stored"], (await StoredEvents.ForUserAsync(portal, userId)).Select(e => e.Name));
        var audit = await admin.GetFromJsonAsync<AuditPageDto>($"/api/audit?action=privacy.unsuppressed&take=200", Ct);
        var unsuppressed = Assert.Single(audit!.Items, e => e.TargetType == "suppressed-identifier" && e.TargetId == entry.Id.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(($"user_id {userId[..2]}•••{userId[^2..]}", $"suppressed by deletion request {filed.Id}"), (unsuppressed.TargetDisplay, unsuppressed.Detail));
    }
}
