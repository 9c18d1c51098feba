using System.Net;
using System.Net.Http.Json;
using Lodestar.Domain.Accounts;
using Lodestar.Portal.Client.Features.Privacy.Deletions;
using Lodestar.Portal.Tests.Infrastructure;

namespace Lodestar.Portal.Tests.Api.Privacy;

/// <summary>Only admins delete people or touch the suppression list; wrong input is a 400 naming the field, and nothing is filed.</summary>
[Collection(PortalCollection.Name)]
public sealed class PrivacyDeletionValidationTests(SharedPortal portal)
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(PortalRoleNames.Marketer)]
    [InlineData(PortalRoleNames.Sales)]
    [InlineData(PortalRoleNames.Executive)]
    [InlineData(PortalRoleNames.ProductManager)]
    public async Task Endpoints_NotAdmin_Forbidden(string role)
    {
        using var client = await portal.CreateApiClientAsync(role, "privacy deletion");
        var before = await TotalAsync();

        using var post = await client.PostAsync("/api/privacy/deletions", Json.Body("""{"identifierType":"email","value":"someone@example.com"}"""), Ct);
        using var list = await client.GetAsync("/api/privacy/deletions", Ct);
        using var one = await client.GetAsync("/api/privacy/deletions/1", Ct);
        using var suppressions = await client.GetAsync("/api/privacy/suppressions", Ct);
        using var unsuppress = await client.DeleteAsync("/api/privacy/suppressions/1", Ct);

        Assert.All([post, list, one, suppressions, unsuppress], r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Equal(before, await TotalAsync());
    }

    [Fact]
    public async Task Endpoints_NoCredentials_Unauthorized()
    {
        using var client = portal.CreateHttpClient();

        using var post = await client.PostAsync("/api/privacy/deletions", Json.Body("""{"identifierType":"email","value":"someone@example.com"}"""), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
    }

    [Theory]
    [InlineData("""{"value":"ada@example.com"}""", "identifierType")]
    [InlineData("""{"identifierType":"shoeSize","value":"44"}""", "identifierType")]
    [InlineData("""{"identifierType":"email"}""", "value")]
    [InlineData("""{"identifierType":"phone","value":"call me maybe"}""", "value")]
    [InlineData("""{"identifierType":"email","value":"test@test.com"}""", "value")]
    [InlineData("""{"identifierType":"crmContactId","value":"C-17"}""", "value")]
    [InlineData("""{"identifierType":"email","value":"ada@example.com","mode":"shred"}""", "mode")]
    public async Task Post_BadInput_ProblemNamingTheFieldAndNothingFiled(string body, string field)
    {
        using var admin = portal.CreateApiClient();
        var before = await TotalAsync();

        using var response = await admin.PostAsync("/api/privacy/deletions", Json.Body(body), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Json.ReadAsync(response);
        Assert.NotEmpty(problem["errors"]![field]![0]!.GetValue<string>());
        Assert.Equal(before, await TotalAsync());
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("")]
    public async Task Post_NotJson_BadRequest(string body)
    {
        using var admin = portal.CreateApiClient();

        using var response = await admin.PostAsync("/api/privacy/deletions", Json.Body(body), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/privacy/deletions?limit=0")]
    [InlineData("/api/privacy/deletions?offset=-1")]
    [InlineData("/api/privacy/suppressions?limit=501")]
    public async Task List_BadPaging_BadRequest(string url)
    {
        using var admin = portal.CreateApiClient();

        using var response = await admin.GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Get_Unknown_NotFound()
    {
        using var admin = portal.CreateApiClient();

        using var response = await admin.GetAsync("/api/privacy/deletions/987654321", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("987654321", (await Json.ReadAsync(response))["detail"]!.GetValue<string>());
    }

    private async Task<int> TotalAsync()
    {
        using var admin = portal.CreateApiClient();
        return (await admin.GetFromJsonAsync<DeletionListDto>("/api/privacy/deletions?limit=1", Ct))!.Total;
    }
}
