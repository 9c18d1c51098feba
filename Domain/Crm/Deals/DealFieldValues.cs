using System.Globalization;
using Lodestar.Domain.Money;

namespace Lodestar.Domain.Crm.Deals;

/// <summary>A deal's fields as the history shows them.</summary>
internal static class DealFieldValues
{
    public static IReadOnlyList<(string Field, string? Value)> Of(Deal d, DealView names) =>
    [
        ("name", d.Name), ("pipeline", names.PipelineName), ("stage", names.StageName),
        ("amount", Currencies.Format(d.Amount, d.Currency)),
        ("closeDate", d.CloseDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("probability", d.Probability?.ToString(CultureInfo.InvariantCulture)),
        ("owner", names.OwnerName), ("account", names.AccountName), ("contact", names.ContactName), ("closeReason", d.CloseReason),
    ];

    public static void Apply(Deal d, DealFields f, PipelineStage stage)
    {
        d.Name = f.Name!;
        d.PipelineId = stage.PipelineId;
        d.StageId = stage.Id;
        d.Amount = f.Amount ?? 0;
        d.Currency = f.Currency!;
        d.CloseDate = f.CloseDate;
        d.Probability = f.Probability;
        d.OwnerId = f.OwnerId;
        d.AccountId = f.AccountId;
        d.ContactId = f.ContactId;
        // A reason explains a close; a deal reopened has none.
        d.CloseReason = stage.Outcome == StageOutcome.Open ? null : f.CloseReason;
    }
}
