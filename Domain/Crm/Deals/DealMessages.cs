using System.Globalization;
using System.Text.Json.Nodes;
using Lodestar.Domain.Events;
using Lodestar.Domain.Money;

namespace Lodestar.Domain.Crm.Deals;

/// <summary>
/// The events a deal's save emits, attributed to its contact: created, each stage change, and won or lost, so funnels
/// can use CRM steps and revenue analysis can see won deals.
/// </summary>
internal static class DealMessages
{
    /// <param name="from">The stage before the save; null for a new deal.</param>
    public static List<TrackedEvent> For(Deal deal, DealView view, PipelineStage? from, int sourceId, DateTime now)
    {
        var prefix = $"crm-deal-{deal.Id.ToString(CultureInfo.InvariantCulture)}-v{deal.Version.ToString(CultureInfo.InvariantCulture)}";
        var events = new List<TrackedEvent>();
        if (from is null)
            events.Add(CrmMessages.Track("Deal Created", prefix + "-created", deal.ContactId, Properties(deal, view), sourceId, now));
        else if (from.Id != deal.StageId)
        {
            var changed = Properties(deal, view);
            changed["from_stage"] = from.Name;
            events.Add(CrmMessages.Track("Deal Stage Changed", prefix + "-stage", deal.ContactId, changed, sourceId, now));
        }

        if (view.Outcome != StageOutcome.Open && from?.Id != deal.StageId)
        {
            var closed = Properties(deal, view);
            closed["reason"] = deal.CloseReason;
            if (view.Outcome == StageOutcome.Won)
                closed["revenue"] = Currencies.ToMajor(deal.Amount, deal.Currency);
            events.Add(CrmMessages.Track(view.Outcome == StageOutcome.Won ? "Deal Won" : "Deal Lost", prefix + "-closed", deal.ContactId, closed, sourceId, now));
        }

        return events;
    }

    private static JsonObject Properties(Deal deal, DealView view) => new()
    {
        ["deal_id"] = deal.Id,
        ["deal_name"] = deal.Name,
        ["pipeline"] = view.PipelineName,
        ["stage"] = view.StageName,
        ["outcome"] = view.Outcome.ToString().ToLowerInvariant(),
        ["amount"] = Currencies.ToMajor(deal.Amount, deal.Currency),
        ["currency"] = deal.Currency,
        ["account_id"] = deal.AccountId,
    };
}
