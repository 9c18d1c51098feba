using System.Text.Json;
using Lodestar.Domain.Insights;
using Lodestar.Portal.Client.Features.Insights;

namespace Lodestar.Portal.Features.Insights;

/// <summary>Between the insights contract and the Domain's saved insights.</summary>
internal static class InsightMapping
{
    public static InsightDto ToDto(SavedInsight insight) => new()
    {
        Id = insight.Id,
        Name = insight.Name,
        Kind = Enum.Parse<Client.Features.Insights.InsightKind>(insight.Kind.ToString()),
        Query = Parse(insight.QueryJson),
        Result = insight.ResultJson is null ? null : Parse(insight.ResultJson),
        ComputedAt = insight.ComputedAt,
        CreatedAt = insight.CreatedAt,
        UpdatedAt = insight.UpdatedAt,
    };

    public static Domain.Insights.InsightKind ToDomain(Client.Features.Insights.InsightKind kind) =>
        Enum.Parse<Domain.Insights.InsightKind>(kind.ToString());

    public static Domain.Insights.DashboardItemSize ToDomain(Client.Features.Insights.DashboardItemSize size) =>
        Enum.Parse<Domain.Insights.DashboardItemSize>(size.ToString());

    public static DashboardDto ToDto(IReadOnlyList<DashboardItem> items) =>
        new([.. items.Select(i => new DashboardItemDto(ToDto(i.Insight!), Enum.Parse<Client.Features.Insights.DashboardItemSize>(i.Size.ToString())))]);

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
