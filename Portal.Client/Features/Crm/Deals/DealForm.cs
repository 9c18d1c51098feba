namespace Lodestar.Portal.Client.Features.Crm.Deals;

/// <summary>The deal form's editable state: the amount as people type it (19.99), turned into minor units on save.</summary>
public sealed class DealForm
{
    public string? Name { get; set; }
    public long? PipelineId { get; set; }
    public long? StageId { get; set; }
    public decimal? Amount { get; set; }
    public string? Currency { get; set; } = "USD";
    public DateTime? CloseDate { get; set; }
    public int? Probability { get; set; }
    public string? OwnerId { get; set; }
    public AccountOption? Account { get; set; }
    public ContactOption? Contact { get; set; }
    public string? CloseReason { get; set; }

    public static DealForm From(DealDto deal) => new()
    {
        Name = deal.Name,
        PipelineId = deal.PipelineId,
        StageId = deal.StageId,
        Amount = MoneyText.ToMajor(deal.Amount, deal.Currency),
        Currency = deal.Currency,
        CloseDate = deal.CloseDate?.ToDateTime(TimeOnly.MinValue),
        Probability = deal.ProbabilityOverride,
        OwnerId = deal.OwnerId,
        Account = deal.AccountId is { } a ? new AccountOption(a, deal.AccountName ?? $"Account {a}") : null,
        Contact = deal.ContactId is { } c ? new ContactOption(c, deal.ContactName ?? $"Contact {c}") : null,
        CloseReason = deal.CloseReason,
    };

    /// <summary>Null when the amount has more decimals than the currency (the form says so first).</summary>
    public static string? CheckAmount(decimal? amount, string? currency) =>
        amount is null ? null
        : amount < 0 ? "The amount cannot be negative."
        : MoneyText.ToMinor(amount.Value, ContactForm.Clean(currency)) is null ? $"{ContactForm.Clean(currency) ?? "This currency"} has {MoneyText.DigitsOf(ContactForm.Clean(currency))} decimals."
        : null;

    public DealInput ToInput()
    {
        var currency = ContactForm.Clean(Currency)?.ToUpperInvariant();
        return new DealInput
        {
            Name = ContactForm.Clean(Name),
            PipelineId = PipelineId,
            StageId = StageId,
            Amount = Amount is { } major ? MoneyText.ToMinor(major, currency) : 0,
            Currency = currency,
            CloseDate = CloseDate is { } date ? DateOnly.FromDateTime(date) : null,
            Probability = Probability,
            OwnerId = ContactForm.Clean(OwnerId),
            AccountId = Account?.Id,
            ContactId = Contact?.Id,
            CloseReason = ContactForm.Clean(CloseReason),
        };
    }
}
