using System.Net;
using System.Net.Http.Json;
using Lodestar.Domain.Accounts;
using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Client.Features.Crm.Deals;
using Lodestar.Portal.Tests.Infrastructure;

namespace Lodestar.Portal.Tests.Api;

[Collection(PortalCollection.Name)]
public sealed class CrmDealEndpointsTests(SharedPortal portal)
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    private Task<HttpClient> ClientAsync(string role) => portal.CreateApiClientAsync(role, "deals");

    private static async Task<PipelineDto> PipelineAsync(HttpClient client, string tag)
    {
        using var response = await client.PostAsync("/api/crm/pipelines", Json.Of(new PipelineInput($"Pipeline {tag}",
        [
            new StageInput(null, "Lead", 10, "open"), new StageInput(null, "Offer", 60, "open"),
            new StageInput(null, "Won", 100, "won"), new StageInput(null, "Lost", 0, "lost"),
        ])), Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<PipelineDto>(Ct))!;
    }

    [Fact]
    public async Task Deals_CreateMoveAndBoard_OverHttp()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        using var sales = await ClientAsync(PortalRoleNames.Sales);
        var pipeline = await PipelineAsync(sales, tag);

        using var created = await sales.PostAsync("/api/crm/deals",
            Json.Of(new DealInput { Name = $"Deal {tag}", PipelineId = pipeline.Id, Amount = 250_000, Currency = "eur" }), Ct);
        var deal = (await created.Content.ReadFromJsonAsync<DealDto>(Ct))!;
        using var moved = await sales.PostAsync($"/api/crm/deals/{deal.Id}/move", Json.Of(new DealMoveInput(pipeline.Stages[1].Id)), Ct);
        var board = await sales.GetFromJsonAsync<DealBoardDto>($"/api/crm/deals/board?pipelineId={pipeline.Id}", Ct);
        var history = await sales.GetFromJsonAsync<List<FieldChangeDto>>($"/api/crm/deals/{deal.Id}/history", Ct);
        var list = await sales.GetFromJsonAsync<DealListDto>($"/api/crm/deals?q={tag}&outcome=open&sort=-amount", Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(("Lead", "EUR", "open"), (deal.StageName, deal.Currency, deal.Outcome));
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal([0, 1, 0, 0], board!.Columns.Select(c => c.Count));
        Assert.Equal(new MoneyDto("EUR", 250_000), Assert.Single(board.Columns[1].Totals));
        Assert.Equal(("stage", "Lead", "Offer"), (history![0].Field, history[0].OldValue, history[0].NewValue));
        Assert.Equal(60, Assert.Single(list!.Items).Probability);
    }

    [Fact]
    public async Task MoveToLost_WithoutReason_ProblemNamingCloseReason()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        using var sales = await ClientAsync(PortalRoleNames.Sales);
        var pipeline = await PipelineAsync(sales, tag);
        using var created = await sales.PostAsync("/api/crm/deals", Json.Of(new DealInput { Name = "D", PipelineId = pipeline.Id, Currency = "USD" }), Ct);
        var deal = (await created.Content.ReadFromJsonAsync<DealDto>(Ct))!;

        using var response = await sales.PostAsync($"/api/crm/deals/{deal.Id}/move", Json.Of(new DealMoveInput(pipeline.Stages[3].Id)), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Json.ReadAsync(response);
        Assert.Equal(["closeReason"], problem["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task CreatePipeline_BadNameAndStages_ProblemNamingEachField()
    {
        using var sales = await ClientAsync(PortalRoleNames.Sales);

        using var response = await sales.PostAsync("/api/crm/pipelines",
            Json.Of(new PipelineInput("", [new StageInput(null, "", 120, "open"), new StageInput(null, "Won", 100, "maybe")])), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Json.ReadAsync(response);
        Assert.Equal(["name", "stages[0].name", "stages[0].probability", "stages[1].outcome"], problem["errors"]!.AsObject().Select(e => e.Key).Order());
    }

    [Fact]
    public async Task UpdatePipeline_BlankStageNameAndRemovedStageWithADeal_OneProblemNamesBoth()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        using var sales = await ClientAsync(PortalRoleNames.Sales);
        var pipeline = await PipelineAsync(sales, tag);
        var offer = pipeline.Stages[1];
        (await sales.PostAsync("/api/crm/deals", Json.Of(new DealInput { Name = $"Deal {tag}", PipelineId = pipeline.Id, StageId = offer.Id, Currency = "USD" }), Ct)).Dispose();
        var stages = pipeline.Stages.Where(s => s.Id != offer.Id).Select(s => new StageInput(s.Id, s.Name, s.Probability, s.Outcome)).ToList();
        stages[0] = stages[0] with { Name = "" };

        using var response = await sales.PutAsync($"/api/crm/pipelines/{pipeline.Id}", Json.Of(new PipelineInput(pipeline.Name, stages)), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Json.ReadAsync(response))["errors"]!.AsObject();
        Assert.Equal(["stages", "stages[0].name"], errors.Select(e => e.Key).Order());
        Assert.Contains("Stage 'Offer' still has 1 deal", errors["stages"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PortalRoleNames.Marketer)]
    [InlineData(PortalRoleNames.Executive)]
    public async Task Writes_RolesOtherThanSales_Forbidden(string role)
    {
        using var client = await ClientAsync(role);

        using var create = await client.PostAsync("/api/crm/deals", Json.Of(new DealInput { Name = "D", Currency = "USD" }), Ct);
        using var pipeline = await client.PostAsync("/api/crm/pipelines", Json.Of(new PipelineInput("P", [new StageInput(null, "A", 1, "open")])), Ct);
        using var board = await client.GetAsync("/api/crm/deals/board", Ct);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.OK), (create.StatusCode, pipeline.StatusCode, board.StatusCode));
    }

    [Fact]
    public async Task GetDeal_Unknown_NotFoundProblem()
    {
        using var sales = await ClientAsync(PortalRoleNames.Sales);

        using var response = await sales.GetAsync("/api/crm/deals/987654321", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("987654321", (await Json.ReadAsync(response))["detail"]!.GetValue<string>());
    }
}
