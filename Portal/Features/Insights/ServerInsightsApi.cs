using Lodestar.Domain.Insights;
using Lodestar.Portal.Auth;
using Lodestar.Portal.Client.Features.Insights;
using Lodestar.Portal.Infrastructure;

namespace Lodestar.Portal.Features.Insights;

/// <summary>The server side of <see cref="IInsightsApi"/>: insights belong to the signed-in user (or the API key).</summary>
internal sealed class ServerInsightsApi(InsightService insights, InsightRunner runner, CurrentUser user) : IInsightsApi
{
    public Task<IReadOnlyList<InsightDto>> ListAsync(CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync<IReadOnlyList<InsightDto>>(async () =>
            [.. (await insights.ListAsync(await OwnerAsync(), cancellationToken)).Select(InsightMapping.ToDto)]);

    public Task<InsightDto> GetAsync(long id, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () => InsightMapping.ToDto(await insights.GetAsync(id, await OwnerAsync(), cancellationToken)));

    public Task<InsightDto> CreateAsync(InsightInput input, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () => InsightMapping.ToDto(await insights.CreateAsync(Fields(input), await OwnerAsync(), cancellationToken)));

    public Task<InsightDto> UpdateAsync(long id, InsightInput input, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () => InsightMapping.ToDto(await insights.UpdateAsync(id, Fields(input), await OwnerAsync(), cancellationToken)));

    public Task DeleteAsync(long id, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () => await insights.DeleteAsync(id, await OwnerAsync(), cancellationToken));

    public Task<InsightDto> RefreshAsync(long id, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var owner = await OwnerAsync();
        var insight = await insights.GetAsync(id, owner, cancellationToken);
        var (result, computedAt) = await runner.RunAsync(insight.Kind, insight.QueryJson, cancellationToken);
        return InsightMapping.ToDto(await insights.StoreResultAsync(id, owner, insight.QueryJson, result, computedAt, cancellationToken));
    });

    private static InsightFields Fields(InsightInput input)
    {
        var kind = InsightMapping.ToDomain(input.Kind);
        var (json, problems) = InsightRunner.Read(kind, input.Query);
        return new InsightFields(input.Name, kind, json, problems);
    }

    private async Task<string> OwnerAsync() => await user.GetIdAsync()
        ?? throw new Client.Infrastructure.ApiException(StatusCodes.Status403Forbidden, "Sign in to keep saved insights: they belong to the person who saves them.");
}
