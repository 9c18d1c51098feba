using Lodestar.Domain.Destinations;
using Lodestar.Domain.Destinations.Mailchimp;
using Lodestar.Domain.Tests.Destinations.SenderTesting;

namespace Lodestar.Domain.Tests.Destinations.Mailchimp;

/// <summary>"Test connection" of a Mailchimp destination (MailchimpApi.TestAsync through the sender): ping, then the list.</summary>
public sealed class MailchimpApiTests
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task TestAsync_ListExists_OkAndNamesTheList()
    {
        await using var mailchimp = await FakeMailchimp.StartAsync();
        await using var host = new SenderHost();

        var result = await host.Get<MailchimpSender>().TestAsync(mailchimp.Target(), Ct);

        Assert.True(result.Ok, result.Message);
        Assert.Equal($"Connected to Mailchimp: list '{FakeMailchimp.ListName}' (0 members).", result.Message);
    }

    [Fact]
    public async Task TestAsync_UnknownList_NotOkAndSaysSo()
    {
        await using var mailchimp = await FakeMailchimp.StartAsync();
        await using var host = new SenderHost();

        var result = await host.Get<MailchimpSender>().TestAsync(mailchimp.Target(listId: "zzz999"), Ct);

        Assert.False(result.Ok);
        Assert.Equal("The key works, but this Mailchimp account has no list (audience) with id 'zzz999'.", result.Message);
    }

    [Fact]
    public async Task TestAsync_WrongApiKey_NotOkWithMailchimpsWords()
    {
        await using var mailchimp = await FakeMailchimp.StartAsync();
        await using var host = new SenderHost();

        var result = await host.Get<MailchimpSender>().TestAsync(mailchimp.Target(apiKey: "ffffffffffffffffffffffffffffffff-us6"), Ct);

        Assert.False(result.Ok);
        Assert.Contains("refused the ping: HTTP 401 Unauthorized: API Key Invalid", result.Message);
    }

    [Fact]
    public async Task TestAsync_NothingListening_NotOkWithTheNetworkError()
    {
        await using var host = new SenderHost();
        Uri closed;
        await using (var mailchimp = await FakeMailchimp.StartAsync())
            closed = mailchimp.BaseAddress;

        var result = await host.Get<MailchimpSender>().TestAsync(
            SenderHost.Target(DestinationType.Mailchimp, new Dictionary<string, string> { ["listId"] = FakeMailchimp.ListId, ["apiBaseUrl"] = closed.ToString() },
                new Dictionary<string, string> { ["apiKey"] = FakeMailchimp.ApiKey }), Ct);

        Assert.False(result.Ok);
        Assert.StartsWith("Could not reach the destination", result.Message);
    }
}
