using System.Net;
using System.Text.Json;
using Lodestar.Portal.Client.Features.Identity;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;

namespace Lodestar.Portal.Client.Tests.Features.Identity;

public sealed class HttpIdentityRulesApiTests
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    private static readonly string SavedJson = JsonSerializer.Serialize(
        new RulesSavedDto(FakeIdentityRulesApi.Defaults(), "job-9"), JsonSerializerOptions.Web);

    [Fact]
    public async Task GetAsync_Ok_ReadsTheRules()
    {
        using var handler = new StubHttpMessageHandler(HttpStatusCode.OK,
            JsonSerializer.Serialize(FakeIdentityRulesApi.Defaults(), JsonSerializerOptions.Web));
        using var http = handler.CreateClient();

        var rules = await new HttpIdentityRulesApi(http).GetAsync(Ct);

        Assert.Equal((HttpMethod.Get, "/api/identity/rules"), (handler.Requests[0].Method, handler.Requests[0].Uri?.AbsolutePath));
        Assert.Equal("email", rules.Types[1].Type);
        Assert.True(rules.Types[1].BuiltIn);
        Assert.True(rules.IsDefault);
    }

    [Fact]
    public async Task SaveAsync_Rules_PutsThemAndReadsTheRebuildJob()
    {
        using var handler = new StubHttpMessageHandler(HttpStatusCode.Accepted, SavedJson);
        using var http = handler.CreateClient();

        var saved = await new HttpIdentityRulesApi(http).SaveAsync(FakeIdentityRulesApi.Defaults() with { DefaultRegion = "GB" }, Ct);

        Assert.Equal("job-9", saved.RebuildJobId);
        var request = Assert.Single(handler.Requests);
        Assert.Equal((HttpMethod.Put, "/api/identity/rules"), (request.Method, request.Uri?.AbsolutePath));
        using var body = JsonDocument.Parse(request.Body!);
        Assert.Equal("GB", body.RootElement.GetProperty("defaultRegion").GetString());
        Assert.Equal("user_id", body.RootElement.GetProperty("types")[0].GetProperty("type").GetString());
    }

    [Fact]
    public async Task ResetAsync_Called_DeletesTheRules()
    {
        using var handler = new StubHttpMessageHandler(HttpStatusCode.Accepted, SavedJson);
        using var http = handler.CreateClient();

        await new HttpIdentityRulesApi(http).ResetAsync(Ct);

        Assert.Equal((HttpMethod.Delete, "/api/identity/rules"), (handler.Requests[0].Method, handler.Requests[0].Uri?.AbsolutePath));
    }

    [Fact]
    public async Task DryRunAsync_ValidationProblem_ThrowsWithFieldErrors()
    {
        const string problem = """
            {"title":"One or more validation errors occurred.","status":400,"errors":{"types[1]":["The limit of email must be between 1 and 1000."]}}
            """;
        using var handler = new StubHttpMessageHandler(HttpStatusCode.BadRequest, problem, "application/problem+json");
        using var http = handler.CreateClient();

        var ex = await Assert.ThrowsAsync<ApiException>(() => new HttpIdentityRulesApi(http).DryRunAsync(FakeIdentityRulesApi.Defaults(), Ct));

        Assert.Equal((HttpMethod.Post, "/api/identity/rules/dry-run"), (handler.Requests[0].Method, handler.Requests[0].Uri?.AbsolutePath));
        Assert.Equal(["The limit of email must be between 1 and 1000."], ex.Errors["types[1]"]);
    }
}
