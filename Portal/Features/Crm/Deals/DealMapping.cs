using Lodestar.Domain.Crm.Deals;
using Lodestar.Portal.Client.Features.Crm.Deals;

namespace Lodestar.Portal.Features.Crm.Deals;

/// <summary>Between deals and pipelines in Domain and the client contract's DTOs (outcomes as lower-case words).</summary>
internal static class DealMapping
{
    public static DealDto ToDto(DealView v)
    {
        var d = v.Deal;
        return new DealDto(d.Id, d.Name, d.PipelineId, v.PipelineName, d.StageId, v.StageName, Word(v.Outcome), d.Amount, d.Currency, d.CloseDate,
            v.Probability, d.Probability, d.OwnerId, v.OwnerName, d.AccountId, v.AccountName, d.ContactId, v.ContactName, d.CloseReason,
            d.ClosedAt, d.StageChangedAt, d.CreatedAt, d.UpdatedAt);
    }

    public static DealFields ToFields(DealInput i) => new()
    {
        Name = i.Name, PipelineId = i.PipelineId, StageId = i.StageId, Amount = i.Amount, Currency = i.Currency, CloseDate = i.CloseDate,
        Probability = i.Probability, OwnerId = i.OwnerId, AccountId = i.AccountId, ContactId = i.ContactId, CloseReason = i.CloseReason,
    };

    public static PipelineDto ToDto(Pipeline p) => new(p.Id, p.Name, p.Stages.Select(ToDto).ToList());

    public static StageDto ToDto(PipelineStage s) => new(s.Id, s.Name, s.Probability, Word(s.Outcome));

    public static DealBoardDto ToDto(DealBoard board) => new(ToDto(board.Pipeline), board.Columns
        .Select(c => new DealColumnDto(ToDto(c.Stage), c.Count, c.Totals.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new MoneyDto(t.Key, t.Value)).ToList(),
            c.Deals.Select(ToDto).ToList()))
        .ToList());

    /// <summary>An unknown outcome word becomes an undefined value, which the validator reports with the other fields.</summary>
    public static PipelineFields ToFields(PipelineInput i) => new(i.Name,
        (i.Stages ?? []).Select(s => new StageFields(s.Id, s.Name, s.Probability, OutcomeOf(s.Outcome) ?? (StageOutcome)(-1))).ToList());

    public static StageOutcome? OutcomeOf(string? word) =>
        Enum.TryParse<StageOutcome>(word, ignoreCase: true, out var outcome) && Enum.IsDefined(outcome) && !int.TryParse(word, out _) ? outcome : null;

    private static string Word(StageOutcome outcome) => outcome.ToString().ToLowerInvariant();
}
