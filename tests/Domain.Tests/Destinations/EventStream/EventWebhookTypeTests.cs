using Lodestar.Domain.Destinations;
using Lodestar.Domain.Destinations.EventStream;
using Lodestar.Domain.Destinations.Sending;
using System.Net;
using Lodestar.Testing.Receivers;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Domain.Tests.Destinations.EventStream;

public sealed class EventWebhookTypeTests
{
    private const string Secret = "a-signing-secret-of-some-length";
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    private static DestinationTarget Target(Dictionary<string, string> settings, string? secret = Secret) =>
        new(7, "Stream", DestinationType.EventWebhook, settings,
            secret is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["signingSecret"] = secret }, 100);

    private static EventWebhookType Type() => new(new ServiceCollection().AddHttpClient().BuildServiceProvider().GetRequiredService<IHttpClientFactory>());

    [Fact]
    public void Info_EventTypeWithSettings_DescribesTheStreamStart()
    {
        var info = Type().Info;

        Assert.Equal((DestinationType.EventWebhook, true, false), (info.Type, info.Events, info.Audiences));
        Assert.Equal(["url", "eventTypes", "eventNames", "excludeEventNames", "signingSecret"], info.Fields.Select(f => f.Key));
        Assert.True(info.Fields.Single(f => f.Key == "signingSecret").Secret);
        Assert.Contains("current end of the stream", info.Description);
    }

    [Fact]
    public void Validate_GoodSettings_NoProblems() =>
        Assert.Empty(Type().Validate(Target(new() { ["url"] = "https://example.com/hook", ["eventTypes"] = "track, Page", ["eventNames"] = "A,B" })));

    [Theory]
    [InlineData(null, "url")]
    [InlineData("", "url")]
    [InlineData("ftp://example.com/hook", "url")]
    [InlineData("not a url", "url")]
    public void Validate_BadUrl_ProblemOnUrl(string? url, string key)
    {
        var settings = new Dictionary<string, string>();
        if (url is not null)
            settings["url"] = url;

        Assert.Contains(key, Type().Validate(Target(settings)).Keys);
    }

    [Fact]
    public void Validate_UnknownTypes_NamesThemAndTheChoices()
    {
        var problems = Type().Validate(Target(new() { ["url"] = "http://127.0.0.1/hook", ["eventTypes"] = "track, click, views" }));

        var problem = Assert.Single(problems);
        Assert.Equal("eventTypes", problem.Key);
        Assert.Contains("'click', 'views'", problem.Value);
        Assert.Contains("identify", problem.Value);
    }

    [Fact]
    public void Validate_NameLongerThanAnyEvent_ProblemOnThatList()
    {
        var problems = Type().Validate(Target(new() { ["url"] = "http://127.0.0.1/hook", ["excludeEventNames"] = "ok," + new string('x', 300) }));

        Assert.Equal(["excludeEventNames"], problems.Keys);
    }

    [Fact]
    public void Validate_NoSecret_ProblemOnSigningSecret() =>
        Assert.Equal(["signingSecret"], Type().Validate(Target(new() { ["url"] = "http://127.0.0.1/hook" }, secret: null)).Keys);

    [Fact]
    public async Task TestAsync_ReceiverAccepts_OkWithSignedTestBody()
    {
        await using var receiver = await WebhookReceiver.StartAsync(Secret);

        var result = await Type().TestAsync(Target(new() { ["url"] = receiver.Url }), Ct);

        Assert.True(result.Ok, result.Message);
        var request = Assert.Single(receiver.Accepted);
        Assert.Equal(0, receiver.BadSignatures);
        Assert.Equal("test", request.Body["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task TestAsync_ReceiverRefuses_NotOkWithTheResponse()
    {
        await using var receiver = await WebhookReceiver.StartAsync(Secret);
        receiver.Script.Enqueue((HttpStatusCode.Forbidden, null));

        var result = await Type().TestAsync(Target(new() { ["url"] = receiver.Url }), Ct);

        Assert.False(result.Ok);
        Assert.Contains("403", result.Message);
        Assert.Contains("scripted failure", result.Message);
    }
}
