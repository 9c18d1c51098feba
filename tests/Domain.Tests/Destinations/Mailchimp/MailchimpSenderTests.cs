using System.Diagnostics;
using Lodestar.Domain.Destinations.Mailchimp;
using Lodestar.Domain.Destinations.Sending;
using Lodestar.Domain.Tests.Destinations.SenderTesting;
using static Lodestar.Domain.Tests.Destinations.SenderTesting.SenderHost;

namespace Lodestar.Domain.Tests.Destinations.Mailchimp;

public sealed class MailchimpSenderTests
{
    private const string AdaHash = "3e3417d7ef77d5932a6734b916515ed5";
    private const string BobHash = "4b9bb80620f03eb3719e0a061c14283d";

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendAsync_AddsThenRemoves_UpsertsSubscribedMembersThenArchivesThem()
    {
        await using var mailchimp = await FakeMailchimp.StartAsync();
        await using var host = new SenderHost();
        var sender = host.Get<MailchimpSender>();
        var target = mailchimp.Target();

        var added = await sender.SendAsync(target, Batch(Add(1, " Ada@Example.com ", fields: Fields(("FNAME", "Ada"))), Add(2, "bob@example.com")), Ct);
        var removed = await sender.SendAsync(target, Batch(Remove(3, "ada@example.com")), Ct);

        Assert.Equal(BatchOutcome.Success, added);
        Assert.Equal(BatchOutcome.Success, removed);
        Assert.Equal("Ada@Example.com", mailchimp.Members[AdaHash].EmailAddress);
        Assert.Equal("archived", mailchimp.Members[AdaHash].Status);
        Assert.Equal("Ada", mailchimp.Members[AdaHash].MergeFields["FNAME"]);
        Assert.Equal("subscribed", mailchimp.Members[BobHash].Status);
        Assert.Equal([("PUT", AdaHash), ("PUT", BobHash), ("DELETE", AdaHash)],
            mailchimp.MemberRequests.Select(r => (r.Method, r.Hash)).OrderBy(r => r.Method == "DELETE").ThenBy(r => r.Hash));
    }

    [Fact]
    public async Task SendAsync_MemberAlreadyOnList_MergeFieldsUpdatedAndMissingTraitsKept()
    {
        await using var mailchimp = await FakeMailchimp.StartAsync();
        await using var host = new SenderHost();
        var sender = host.Get<MailchimpSender>();
        await sender.SendAsync(mailchimp.Target(), Batch(Add(1, "ada@example.com", fields: Fields(("FNAME", "Ada"), ("LNAME", "Lovelace")))), Ct);

        var outcome = await sender.SendAsync(mailchimp.Target(), Batch(Add(2, "ada@example.com", fields: Fields(("FNAME", "Augusta"), ("LNAME", null)))), Ct);

        Assert.Equal(BatchOutcome.Success, outcome);
        Assert.Equal(new Dictionary<string, string> { ["FNAME"] = "Augusta", ["LNAME"] = "Lovelace" }, mailchimp.Members[AdaHash].MergeFields);
    }

    [Fact]
    public async Task SendAsync_RecordWithoutEmail_SkippedAndNothingSentForIt()
    {
        await using var mailchimp = await FakeMailchimp.StartAsync();
        await using var host = new SenderHost();

        var outcome = await host.Get<MailchimpSender>().SendAsync(mailchimp.Target(), Batch(Add(1, phone: "+14155550132"), Add(2, "bob@example.com")), Ct);

        Assert.Null(outcome.Error);
        Assert.Equal(MailchimpSender.NoEmail, Assert.Single(outcome.Skipped, s => s.Key == 1).Value);
        Assert.Empty(outcome.Failed);
        Assert.Equal([BobHash], mailchimp.MemberRequests.Select(r => r.Hash));
    }

    [Fact]
    public async Task SendAsync_InvalidEmail_OnlyThatRecordFailsWithMailchimpsWords()
    {
        await using var mailchimp = await FakeMailchimp.StartAsync();
        await using var host = new SenderHost();

        var outcome = await host.Get<MailchimpSender>().SendAsync(mailchimp.Target(), Batch(Add(1, "ada@example.com"), Add(2, "ada@nowhere")), Ct);

        Assert.Null(outcome.Error);
        var failure = Assert.Single(outcome.Failed);
        Assert.Equal(2, failure.Key);
        Assert.Equal("Invalid Resource: ada@nowhere looks fake or invalid, please enter a real email address.", failure.Value);
        Assert.Equal("subscribed", mailchimp.Members[AdaHash].Status);
    }

    [Fact]
    public async Task SendAsync_ServerErrorOnce_RetriedAndSent()
    {
        await using var mailchimp = await FakeMailchimp.StartAsync();
        await using var host = new SenderHost();
        mailchimp.FailOnce(AdaHash, 500);

        var outcome = await host.Get<MailchimpSender>().SendAsync(mailchimp.Target(), Batch(Add(1, "ada@example.com")), Ct);

        Assert.Equal(BatchOutcome.Success, outcome);
        Assert.Equal([500, 200], mailchimp.MemberRequests.Select(r => r.Status));
        Assert.Equal("subscribed", mailchimp.Members[AdaHash].Status);
    }

    [Fact]
    public async Task SendAsync_TooManyRequestsWithRetryAfter_WaitsWhatMailchimpAsksThenSends()
    {
        await using var mailchimp = await FakeMailchimp.StartAsync();
        await using var host = new SenderHost();
        mailchimp.FailOnce(AdaHash, 429, retryAfterSeconds: 1);

        var outcome = await host.Get<MailchimpSender>().SendAsync(mailchimp.Target(), Batch(Add(1, "ada@example.com")), Ct);

        Assert.Equal(BatchOutcome.Success, outcome);
        var requests = mailchimp.MemberRequests.ToList();
        Assert.Equal([429, 200], requests.Select(r => r.Status));
        // The retry base delay is 10 ms: only the Retry-After header explains a wait of a second.
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromMilliseconds(900), $"retried after {(requests[1].At - requests[0].At).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task SendAsync_RemoveOfMemberNotOnTheList_CountsAsDone()
    {
        await using var mailchimp = await FakeMailchimp.StartAsync();
        await using var host = new SenderHost();

        var outcome = await host.Get<MailchimpSender>().SendAsync(mailchimp.Target(), Batch(Remove(1, "ghost@example.com")), Ct);

        Assert.Equal(BatchOutcome.Success, outcome);
        Assert.Equal([404], mailchimp.MemberRequests.Select(r => r.Status));
    }

    [Fact]
    public async Task SendAsync_WrongApiKey_BatchFailsWithoutSendingTheRest()
    {
        await using var mailchimp = await FakeMailchimp.StartAsync();
        await using var host = new SenderHost();
        var records = Enumerable.Range(1, 40).Select(i => Add(i, $"person{i}@example.com")).ToArray();

        var outcome = await host.Get<MailchimpSender>().SendAsync(mailchimp.Target(apiKey: "ffffffffffffffffffffffffffffffff-us6"), Batch(records), Ct);

        Assert.StartsWith("HTTP 401 Unauthorized: API Key Invalid", outcome.Error);
        // The first refusals stop the batch: only the requests already under way when they came back were made.
        Assert.InRange(mailchimp.Requests, 1, MailchimpSender.MaxParallelRequests);
        Assert.Empty(mailchimp.Members);
    }

    [Fact]
    public async Task SendAsync_OutageOutlastsTheRetries_BatchFailsWithTheResponse()
    {
        await using var mailchimp = await FakeMailchimp.StartAsync();
        await using var host = new SenderHost();
        mailchimp.FailAll = 503;

        var outcome = await host.Get<MailchimpSender>().SendAsync(mailchimp.Target(), Batch(Add(1, "ada@example.com")), Ct);

        Assert.Equal("HTTP 503 Service Unavailable: Service Unavailable: Mailchimp is down for maintenance.", outcome.Error);
        Assert.Equal(4, mailchimp.MemberRequests.Count);
    }

    [Fact]
    public async Task SendAsync_ManyMembers_SentInParallelButAtMostEightAtOnce()
    {
        await using var mailchimp = await FakeMailchimp.StartAsync();
        await using var host = new SenderHost();
        mailchimp.Delay = TimeSpan.FromMilliseconds(40);
        var records = Enumerable.Range(1, 40).Select(i => Add(i, $"person{i}@example.com")).ToArray();

        var outcome = await host.Get<MailchimpSender>().SendAsync(mailchimp.Target(), Batch(records), Ct);

        Assert.Equal(BatchOutcome.Success, outcome);
        Assert.Equal(40, mailchimp.Members.Count);
        Assert.InRange(mailchimp.MaxInFlight, 2, MailchimpSender.MaxParallelRequests);
    }

    [Fact]
    public async Task SendAsync_RequestsPerSecond_RequestsPaced()
    {
        await using var mailchimp = await FakeMailchimp.StartAsync();
        await using var host = new SenderHost();
        var records = Enumerable.Range(1, 12).Select(i => Add(i, $"person{i}@example.com")).ToArray();
        var watch = Stopwatch.StartNew();

        var outcome = await host.Get<MailchimpSender>().SendAsync(mailchimp.Target(requestsPerSecond: 20), Batch(records), Ct);

        Assert.Equal(BatchOutcome.Success, outcome);
        // 12 requests at 20 a second, 2 allowed at once: at least 0.5 s however fast the server is.
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(400), $"took {watch.Elapsed.TotalMilliseconds} ms");
    }

    private static Dictionary<string, string?> Fields(params (string Field, string? Value)[] fields) => fields.ToDictionary(f => f.Field, f => f.Value);
}
