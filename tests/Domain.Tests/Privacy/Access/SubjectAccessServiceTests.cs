using System.Text.Json.Nodes;
using Lodestar.Domain.Privacy.Access;
using Lodestar.Domain.Tests.Identity;
using Lodestar.Testing.Privacy;
using Lodestar.Testing.Receivers;

namespace Lodestar.Domain.Tests.Privacy.Access;

/// <summary>The subject-access document over real SQLite, ingestion, identity resolution, CRM and a real webhook destination.</summary>
public sealed class SubjectAccessServiceTests
{
    private static CancellationToken Ct => IdentityHarness.Ct;

    [Fact]
    public async Task WriteAsync_PersonFoundByPhone_EverySectionHoldsTheirDataAndNothingOfAnother()
    {
        await using var w = await SubjectAccessWorld.StartAsync();
        var s = w.Scenario;

        var export = await w.Service.LocateAsync("phone", s.AnnPhone, Ct);
        var (doc, text, summary) = await w.WriteAsync(export);

        Assert.Equal(("phone", s.AnnPhoneE164), (doc["request"]!["identifierType"]!.GetValue<string>(), doc["request"]!["identifierValue"]!.GetValue<string>()));
        Assert.Equal(s.AnnProfileId, doc["subjectProfileId"]!.GetValue<long>());
        Assert.Equal([s.AnnProfileId, s.AnnMergedProfileId], Values<long>(doc["profiles"], "profileId").Order());
        Assert.Contains(doc["profiles"]!.AsArray(), p => p!["traits"]!.AsArray().Any(t => t!["name"]!.GetValue<string>() == "firstName" && t["value"]!.GetValue<string>() == "Ann"));
        Assert.Equal((s.AnnMergedProfileId, s.AnnProfileId), (doc["merges"]![0]!["mergedProfileId"]!.GetValue<long>(), doc["merges"]![0]!["intoProfileId"]!.GetValue<long>()));
        var identifiers = doc["identifiers"]!.AsArray().Select(i => $"{i!["type"]}:{i["value"]}").ToList();
        Assert.Superset(new HashSet<string> { $"anonymous_id:{s.AnnAnonymousId}", $"user_id:{s.AnnUserId}", $"email:{s.AnnEmail}", $"phone:{s.AnnPhoneE164}", $"crm_contact_id:{s.AnnContactId}" },
            identifiers.ToHashSet());

        var messageIds = Values<string>(doc["events"], "messageId");
        Assert.Superset(s.AnnMessageIds.ToHashSet(), messageIds.ToHashSet());
        Assert.Equal(messageIds.Count, messageIds.Distinct().Count());
        Assert.Equal(Values<long>(doc["events"], "eventId").Order(), Values<long>(doc["events"], "eventId"));
        var unsubscribe = doc["events"]!.AsArray().Single(e => e!["messageId"]!.GetValue<string>() == s.AnnMessageIds[2])!;
        Assert.Equal(("track", "Newsletter Unsubscribed", false), (unsubscribe["type"]!.GetValue<string>(), unsubscribe["message"]!["event"]!.GetValue<string>(),
            unsubscribe["message"]!["context"]!["consent"]!["categoryPreferences"]!["marketing"]!.GetValue<bool>()));
        Assert.NotNull(unsubscribe["receivedAt"]);

        var contact = Assert.Single(doc["crm"]!["contacts"]!.AsArray())!;
        Assert.Equal((s.AnnContactId, "Ann", "Archer", "Richmond"), (contact["contactId"]!.GetValue<long>(), contact["firstName"]!.GetValue<string>(),
            contact["lastName"]!.GetValue<string>(), contact["city"]!.GetValue<string>()));
        Assert.Equal([("note", s.AnnNote), ("call", null)], doc["crm"]!["activities"]!.AsArray().Select(a => (a!["kind"]!.GetValue<string>(), a["body"]?.GetValue<string>())));
        Assert.Equal("connected", doc["crm"]!["activities"]![1]!["outcome"]!.GetValue<string>());
        Assert.NotEmpty(doc["crm"]!["fieldHistory"]!.AsArray());

        var marketing = doc["consent"]!["current"]!.AsArray().Single(c => c!["category"]!.GetValue<string>() == "marketing")!;
        Assert.Equal(("withdrawn", "tracking", s.AnnMessageIds[2]), (marketing["decision"]!.GetValue<string>(), marketing["source"]!.GetValue<string>(), marketing["reference"]!.GetValue<string>()));
        Assert.Equal(["withdrawn", "withdrawn", "granted"], Values<string>(doc["consent"]!["history"], "decision"));

        var membership = Assert.Single(doc["segments"]!["current"]!.AsArray())!;
        Assert.Equal((s.SegmentName, s.AnnProfileId), (membership["segment"]!.GetValue<string>(), membership["profileId"]!.GetValue<long>()));
        Assert.Equal(["entered"], Values<string>(doc["segments"]!["history"], "change"));

        var held = Assert.Single(doc["destinations"]!["heldBy"]!.AsArray())!;
        Assert.Equal((s.DestinationName, "audience-webhook", s.SegmentName), (held["destination"]!.GetValue<string>(), held["destinationType"]!.GetValue<string>(), held["segment"]!.GetValue<string>()));
        var record = Assert.Single(doc["destinations"]!["records"]!.AsArray())!;
        Assert.Equal(("sent", s.AnnProfileId), (record["status"]!.GetValue<string>(), record["profileId"]!.GetValue<long>()));
        Assert.Equal("Ann", record["payload"]!["fields"]!["FNAME"]!.GetValue<string>());
        Assert.Contains(s.AnnEmail, record["payload"]!.ToJsonString());

        foreach (var bob in new[] { s.BobEmail, s.BobUserId, s.BobNote, $"anon-bob-{s.Tag}", "Baker", s.BobMessageIds[0], s.BobMessageIds[1] })
            Assert.DoesNotContain(bob, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(s.BobProfileId, Values<long>(doc["profiles"], "profileId").Concat(Values<long>(doc["destinations"]!["records"], "profileId")));

        Assert.Equal((2, 1, 1, 2, 1, 1, 1, 1), (summary.Profiles, summary.Merges, summary.CrmContacts, summary.CrmActivities, summary.SegmentMemberships,
            summary.DestinationMemberships, summary.DestinationRecords, summary.SegmentMembershipChanges));
        Assert.Equal(messageIds.Count, summary.Events);
        Assert.Equal(summary.Counts.Select(c => (c.Name, c.Count)), doc["summary"]!.AsObject().Select(p => (p.Key, p.Value!.GetValue<int>())));
    }

    [Fact]
    public async Task LocateProfileAsync_ProfileMergedAway_TheWholePersonUnderTheAskedId()
    {
        await using var w = await SubjectAccessWorld.StartAsync();
        var s = w.Scenario;

        var byProfile = await w.Service.LocateProfileAsync(s.AnnMergedProfileId, Ct);
        var byEmail = await w.Service.LocateAsync("Email", s.AnnEmail.ToUpperInvariant(), Ct);
        var (doc, _, _) = await w.WriteAsync(byProfile);

        Assert.Equal(byEmail.Footprint.ProfileIds.Order(), byProfile.Footprint.ProfileIds.Order());
        Assert.Equal(byEmail.Footprint.EventIds, byProfile.Footprint.EventIds);
        Assert.Equal(s.AnnMergedProfileId, doc["request"]!["profileId"]!.GetValue<long>());
        Assert.Equal($"lodestar-subject-{s.AnnMergedProfileId}-{byProfile.GeneratedAt:yyyy-MM-dd}.json", byProfile.FileName);
        Assert.Equal($"lodestar-subject-{s.AnnProfileId}-{byEmail.GeneratedAt:yyyy-MM-dd}.json", byEmail.FileName);
        Assert.Equal("email a•••@e•••.com", byEmail.MaskedRequest);
    }

    [Fact]
    public async Task Locate_UnknownOrUnreadable_NotFoundOrValidationNamingTheField()
    {
        await using var w = await SubjectAccessWorld.StartAsync();

        await Assert.ThrowsAsync<NotFoundException>(() => w.Service.LocateAsync("email", "nobody@example.com", Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => w.Service.LocateProfileAsync(987_654, Ct));
        Assert.Equal(["type"], (await Assert.ThrowsAsync<DomainValidationException>(() => w.Service.LocateAsync("shoe-size", "42", Ct))).Errors.Keys);
        Assert.Equal(["value"], (await Assert.ThrowsAsync<DomainValidationException>(() => w.Service.LocateAsync("phone", "call me", Ct))).Errors.Keys);
        Assert.Equal(["value"], (await Assert.ThrowsAsync<DomainValidationException>(() => w.Service.LocateAsync("email", " ", Ct))).Errors.Keys);
    }

    [Fact]
    public async Task WriteAsync_ManyLargeEvents_HandedToTheStreamInPiecesInIdOrder()
    {
        await using var w = await SubjectAccessWorld.StartAsync();
        var filler = new string('x', 3000);
        for (var batch = 0; batch < 6; batch++)
            await w.Harness.SendAsync([.. Enumerable.Range(0, 50).Select(i => $$$"""{"type":"track","userId":"{{{w.Scenario.AnnUserId}}}","event":"Viewed","properties":{"n":{{{batch * 50 + i}}},"filler":"{{{filler}}}"}}""")]);
        await w.Harness.ResolveAsync();
        var export = await w.Service.LocateAsync("userId", w.Scenario.AnnUserId, Ct);
        var stream = new WriteRecordingStream();

        var summary = await w.Service.WriteAsync(export, stream, Ct);

        var doc = JsonNode.Parse(stream.ToArray())!;
        Assert.InRange(summary.Events, 304, 320);
        Assert.Equal(Enumerable.Range(0, 300), doc["events"]!.AsArray().Where(e => e!["name"]?.GetValue<string>() == "Viewed")
            .Select(e => e!["message"]!["properties"]!["n"]!.GetValue<int>()));
        Assert.True(stream.Length > 900_000, $"{stream.Length} bytes");
        Assert.True(stream.LargestWrite < 200_000, $"largest write {stream.LargestWrite} bytes");
        Assert.True(stream.Writes >= 10, $"{stream.Writes} writes");
    }

    private static List<T> Values<T>(JsonNode? array, string name) => array!.AsArray().Select(n => n![name]!.GetValue<T>()).ToList();
}
