using System.Net;
using System.Net.Http.Json;
using Lodestar.Portal.Client.Features.Privacy.Retention;
using Lodestar.Portal.Tests.Infrastructure;

namespace Lodestar.Portal.Tests.Api;

/// <summary>Bodies and parameters the framework cannot read: a 400 that says which field and why, and nothing changes.</summary>
[Collection(PortalCollection.Name)]
public sealed class MalformedBodyTests(SharedPortal portal)
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    private async Task<(HttpStatusCode Status, string? Title, string? Detail)> PutRetentionAsync(string body)
    {
        using var admin = portal.CreateApiClient();
        using var response = await admin.PutAsync("/api/privacy/retention", Json.Body(body), Ct);
        var problem = await Json.ReadAsync(response);
        return (response.StatusCode, problem["title"]?.GetValue<string>(), problem["detail"]?.GetValue<string>());
    }

    [Fact]
    public async Task Put_FieldOfTheWrongType_400NamingTheFieldAndWhatItShouldBe()
    {
        using var admin = portal.CreateApiClient();
        var before = await admin.GetFromJsonAsync<RetentionSettingsDto>("/api/privacy/retention", Ct);

        var (status, title, detail) = await PutRetentionAsync("""{"classes":[{"class":"events","days":"ten"}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("The request could not be read.", title);
        Assert.Equal("The request body is not valid: classes[0].days should be a whole number.", detail);
        var after = await admin.GetFromJsonAsync<RetentionSettingsDto>("/api/privacy/retention", Ct);
        Assert.Equal(before!.Classes.Select(c => (c.Class, c.Days)), after!.Classes.Select(c => (c.Class, c.Days)));
    }

    [Fact]
    public async Task Put_NotJson_400SayingWhereItBreaks()
    {
        var (status, _, detail) = await PutRetentionAsync("""{"classes": [}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("The request body is not valid JSON: '}' is an invalid start of a value (line 1, character 14).", detail);
    }

    [Fact]
    public async Task Put_EmptyBody_400AskingForTheBody()
    {
        var (status, _, detail) = await PutRetentionAsync("");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("The request body is empty: send a JSON object.", detail);
    }

    [Fact]
    public async Task Get_QueryParameterNotANumber_400NamingTheParameter()
    {
        using var admin = portal.CreateApiClient();

        using var response = await admin.GetAsync("/api/audit?take=many", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The parameter take should be a whole number; \"many\" is not.", (await Json.ReadAsync(response))["detail"]!.GetValue<string>());
    }
}
