using System.Net;
using System.Net.Http.Headers;
using Lodestar.Domain.Sources;
using Lodestar.Portal.Tests.Infrastructure;

namespace Lodestar.Portal.Tests.Tracking;

[Collection(PortalCollection.Name)]
public sealed class TrackingAuthTests(SharedPortal portal)
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    private Task<(HttpStatusCode Status, string Body)> SendAsync(string json, AuthenticationHeaderValue? authorization) =>
        portal.PostTrackingAsync("track", Json.Body(json), writeKey: null, authorization);

    [Fact]
    public async Task Post_BasicWithColon_Accepted()
    {
        var (status, _) = await SendAsync("""{"userId":"auth-1","event":"E"}""", PortalFactory.Basic(PortalFactory.WriteKey));
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task Post_BasicWithoutColon_Accepted()
    {
        var (status, _) = await SendAsync("""{"userId":"auth-2","event":"E"}""", PortalFactory.Basic(PortalFactory.WriteKey, withColon: false));
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task Post_WriteKeyInBody_Accepted()
    {
        var (status, _) = await SendAsync($$$"""{"writeKey":"{{{PortalFactory.WriteKey}}}","userId":"auth-3","event":"E"}""", null);
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task Post_BearerTokenWithWriteKeyInBody_Accepted()
    {
        var (status, _) = await SendAsync($$$"""{"writeKey":"{{{PortalFactory.WriteKey}}}","userId":"auth-4","event":"E"}""",
            new AuthenticationHeaderValue("Bearer", "some-oauth-access-token"));
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task Post_NoWriteKey_Unauthorized()
    {
        var (status, body) = await SendAsync("""{"userId":"auth-5","event":"E"}""", null);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("No write key", body);
        Assert.Empty(await StoredEvents.ForUserAsync(portal, "auth-5"));
    }

    [Fact]
    public async Task Post_WrongWriteKey_Unauthorized()
    {
        var (status, body) = await SendAsync("""{"userId":"auth-6","event":"E"}""", PortalFactory.Basic("not-a-key"));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("Unknown write key", body);
        Assert.Empty(await StoredEvents.ForUserAsync(portal, "auth-6"));
    }

    [Fact]
    public async Task Post_DisabledSource_Forbidden()
    {
        var sources = portal.Get<SourceService>();
        var source = await sources.CreateAsync($"Disabled {Guid.NewGuid():N}", Ct);
        await sources.UpdateAsync(source.Id, source.Name, enabled: false, Ct);

        var (status, body) = await SendAsync("""{"userId":"auth-7","event":"E"}""", PortalFactory.Basic(source.WriteKey));

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("is disabled", body);
    }
}
