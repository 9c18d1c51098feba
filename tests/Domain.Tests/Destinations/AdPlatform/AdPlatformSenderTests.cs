using Lodestar.Domain.Destinations;
using Lodestar.Domain.Destinations.AdPlatform;
using Lodestar.Domain.Destinations.Sending;
using Lodestar.Domain.Tests.Destinations.SenderTesting;
using static Lodestar.Domain.Tests.Destinations.SenderTesting.SenderHost;

namespace Lodestar.Domain.Tests.Destinations.AdPlatform;

/// <summary>The API deliveries, against a local server playing Google Ads and Meta.</summary>
public sealed class AdPlatformSenderTests
{
    // Hashes computed by hand (printf '%s' … | sha256sum) of the normalised forms.
    private const string JaneGmailGoogle = "d6117306485ed0e50afab3ac871e98f81699151f30281527d63ff5f233656c69"; // janedoe@gmail.com
    private const string JaneGmailMeta = "831f6494ad6be4fcb3a724c3d5fef22d3ceffa3c62ef3a7984e45a0ea177f982"; // jane.doe@gmail.com
    private const string UsPhoneGoogle = "fb4f73a6ec5fdb7077d564cdd22c3554b43ce49168550c3b12c547b78c517b30"; // +18005550100
    private const string UsPhoneMeta = "92cfdc5fbcd4a20fbe5d3857af6c1aba31762105bba7f21a17155e920653046c"; // 18005550100
    private const string UkPhoneGoogle = "f0bf0228144d9fe2bdf1da2d8ca698f17bf1410ee688b075c27062e47b6f0b6d"; // +442079460958
    private const string Bob = "5ff860bf1190596c7188ab851db691f0f3169c453936e9e1eba2f9a47f7a0018"; // bob@example.com

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendAsync_GoogleAdds_CreateOperationsWithHashedIdentifiersAndPartialFailureOn()
    {
        await using var platform = await FakeAdPlatform.StartAsync();
        await using var host = new SenderHost();

        var outcome = await host.Get<AdPlatformSender>().SendAsync(Google(platform),
            Batch(Add(1, " Jane.Doe@GMAIL.com", "(800) 555-0100"), Add(2, "bob@example.com"), Add(3, phone: "+44 20 7946 0958")), Ct);

        Assert.Equal(BatchOutcome.Success, outcome);
        var request = Assert.Single(platform.Requests);
        Assert.Equal(("POST", FakeAdPlatform.GooglePath, "1", "lodestar-run-41-batch-3-add"),
            (request.Method, request.Path, request.NormalizerVersion, request.IdempotencyKey));
        Assert.Equal(
            $$$"""{"operations":[{"create":{"userIdentifiers":[{"hashedEmail":"{{{JaneGmailGoogle}}}"},{"hashedPhoneNumber":"{{{UsPhoneGoogle}}}"}]}},"""
            + $$$"""{"create":{"userIdentifiers":[{"hashedEmail":"{{{Bob}}}"}]}},{"create":{"userIdentifiers":[{"hashedPhoneNumber":"{{{UkPhoneGoogle}}}"}]}}],"""
            + "\"enablePartialFailure\":true}",
            request.Body!.ToJsonString());
    }

    [Fact]
    public async Task SendAsync_GoogleAddsAndRemoves_RemovesAsRemoveOperationsInTheirOwnRequest()
    {
        await using var platform = await FakeAdPlatform.StartAsync();
        await using var host = new SenderHost();
        var sender = host.Get<AdPlatformSender>();
        await sender.SendAsync(Google(platform), Batch(41, 1, Add(1, "bob@example.com")), Ct);

        var outcome = await sender.SendAsync(Google(platform), Batch(41, 2, Remove(2, "bob@example.com"), Add(3, "jane.doe@gmail.com")), Ct);

        Assert.Equal(BatchOutcome.Success, outcome);
        var requests = platform.Requests.Skip(1).ToList();
        Assert.Equal(["create", "remove"], requests.Select(r => r.Body!["operations"]![0]!.AsObject().Single().Key).Order());
        Assert.Equal([JaneGmailGoogle], platform.Members.Keys);
    }

    [Fact]
    public async Task SendAsync_GooglePartialFailure_OnlyTheRefusedRecordFails()
    {
        await using var platform = await FakeAdPlatform.StartAsync();
        await using var host = new SenderHost();
        platform.RefusedHash = Bob;

        var outcome = await host.Get<AdPlatformSender>().SendAsync(Google(platform),
            Batch(Add(1, "jane.doe@gmail.com"), Add(2, "bob@example.com"), Add(3, phone: "+18005550100")), Ct);

        Assert.Null(outcome.Error);
        Assert.Equal(new Dictionary<long, string> { [2] = "The SHA256 encoded value is malformed." }, outcome.Failed);
        Assert.Equal([JaneGmailGoogle, UsPhoneGoogle], platform.Members.Keys.Order());
    }

    [Fact]
    public async Task SendAsync_MetaAddsAndRemoves_PostsAndDeletesMultiKeyRowsWithPhonesWithoutPlus()
    {
        await using var platform = await FakeAdPlatform.StartAsync();
        await using var host = new SenderHost();
        var sender = host.Get<AdPlatformSender>();

        var added = await sender.SendAsync(Meta(platform), Batch(41, 1, Add(1, "Jane.Doe@gmail.com", "800-555-0100"), Add(2, "bob@example.com")), Ct);
        var removed = await sender.SendAsync(Meta(platform), Batch(41, 2, Remove(3, "bob@example.com")), Ct);

        Assert.Equal(BatchOutcome.Success, added);
        Assert.Equal(BatchOutcome.Success, removed);
        var requests = platform.Requests.ToList();
        Assert.Equal([("POST", $"v21.0/{FakeAdPlatform.MetaAudience}/users"), ("DELETE", $"v21.0/{FakeAdPlatform.MetaAudience}/users")],
            requests.Select(r => (r.Method, r.Path)));
        Assert.Equal($$$"""{"payload":{"schema":["EMAIL","PHONE"],"data":[["{{{JaneGmailMeta}}}","{{{UsPhoneMeta}}}"],["{{{Bob}}}",""]]}}""",
            requests[0].Body!.ToJsonString());
        Assert.Equal($"{JaneGmailMeta}|{UsPhoneMeta}", Assert.Single(platform.Members.Keys));
    }

    [Fact]
    public async Task SendAsync_NothingToMatchOn_SkippedAndNotSent()
    {
        await using var platform = await FakeAdPlatform.StartAsync();
        await using var host = new SenderHost();
        var target = Meta(platform, country: null);

        var outcome = await host.Get<AdPlatformSender>().SendAsync(target, Batch(Add(1, "jane at gmail", "0412 345 678"), Add(2)), Ct);

        Assert.Null(outcome.Error);
        Assert.Equal([1, 2], outcome.Skipped.Keys.Order());
        Assert.All(outcome.Skipped.Values, reason => Assert.Equal(HashedCustomer.NothingToMatch, reason));
        Assert.Empty(platform.Requests);
    }

    [Fact]
    public async Task SendAsync_ServerErrorOnce_RetriedAndSent()
    {
        await using var platform = await FakeAdPlatform.StartAsync();
        await using var host = new SenderHost();
        platform.FailOnce(500);

        var outcome = await host.Get<AdPlatformSender>().SendAsync(Meta(platform), Batch(Add(1, "bob@example.com")), Ct);

        Assert.Equal(BatchOutcome.Success, outcome);
        Assert.Equal(2, platform.Requests.Count);
        Assert.Equal(Bob, Assert.Single(platform.Members.Keys));
    }

    [Fact]
    public async Task SendAsync_TokenRefused_BatchFailsWithThePlatformsMessage()
    {
        await using var platform = await FakeAdPlatform.StartAsync();
        await using var host = new SenderHost();

        var outcome = await host.Get<AdPlatformSender>().SendAsync(Google(platform, token: "expired"), Batch(Add(1, "bob@example.com")), Ct);

        Assert.Equal("HTTP 401 Unauthorized: Request is missing required authentication credential.", outcome.Error);
        Assert.Empty(platform.Members);
    }

    [Fact]
    public async Task TestAsync_MetaAudienceExists_OkAndNamesIt()
    {
        await using var platform = await FakeAdPlatform.StartAsync();
        await using var host = new SenderHost();

        var result = await host.Get<AdPlatformSender>().TestAsync(Meta(platform), Ct);

        Assert.True(result.Ok, result.Message);
        Assert.Equal($"Meta Custom Audience 'Trial users (Lodestar)' ({FakeAdPlatform.MetaAudience}) is reachable with this token.", result.Message);
    }

    [Fact]
    public async Task TestAsync_MetaUnknownAudience_NotOkWithMetasMessage()
    {
        await using var platform = await FakeAdPlatform.StartAsync();
        await using var host = new SenderHost();

        var result = await host.Get<AdPlatformSender>().TestAsync(Meta(platform, audience: "999"), Ct);

        Assert.False(result.Ok);
        Assert.StartsWith("HTTP 400 Bad Request: (#100) Object with ID does not exist", result.Message);
    }

    [Fact]
    public async Task TestAsync_Google_ValidateOnlyRequestAndNothingAdded()
    {
        await using var platform = await FakeAdPlatform.StartAsync();
        await using var host = new SenderHost();

        var result = await host.Get<AdPlatformSender>().TestAsync(Google(platform), Ct);

        Assert.True(result.Ok, result.Message);
        Assert.True(Assert.Single(platform.Requests).Body!["validateOnly"]!.GetValue<bool>());
        Assert.Empty(platform.Members);
    }

    private static DestinationTarget Google(FakeAdPlatform platform, string token = FakeAdPlatform.Token) =>
        Target(DestinationType.AdPlatform, new Dictionary<string, string>
        {
            ["platform"] = "google", ["delivery"] = "api", ["endpointUrl"] = platform.GoogleEndpoint.ToString(), ["defaultCountryCode"] = "US",
        }, new Dictionary<string, string> { ["accessToken"] = token });

    private static DestinationTarget Meta(FakeAdPlatform platform, string audience = FakeAdPlatform.MetaAudience, string? country = "US")
    {
        var settings = new Dictionary<string, string>
        {
            ["platform"] = "meta", ["delivery"] = "api", ["endpointUrl"] = platform.MetaGraph.ToString(), ["audienceId"] = audience,
        };
        if (country is not null)
            settings["defaultCountryCode"] = country;
        return Target(DestinationType.AdPlatform, settings, new Dictionary<string, string> { ["accessToken"] = FakeAdPlatform.Token });
    }
}
