using Lodestar.Domain.Money;

namespace Lodestar.Domain.Crm.Deals;

/// <summary>Trims and checks a deal's fields; the stage's own rules (a lost deal needs a reason) are checked with it.</summary>
public static class DealValidator
{
    /// <exception cref="DomainValidationException">Any field is wrong; every wrong field is named.</exception>
    public static DealFields Normalize(DealFields input)
    {
        var errors = new Dictionary<string, string[]>();
        var currency = string.IsNullOrWhiteSpace(input.Currency) ? null : input.Currency.Trim().ToUpperInvariant();
        if (currency is null)
            CrmFieldRules.Add(errors, "currency", "Enter a currency: a three-letter ISO code such as USD or EUR.");
        else if (!Currencies.IsCode(currency))
            CrmFieldRules.Add(errors, "currency", $"'{input.Currency}' is not a currency code: use three letters such as USD, EUR or GBP.");
        if (input.Amount is < 0)
            CrmFieldRules.Add(errors, "amount", "The amount cannot be negative.");
        if (input.Probability is < 0 or > 100)
            CrmFieldRules.Add(errors, "probability", "The probability is a percentage from 0 to 100 (leave it empty to follow the stage).");
        var result = new DealFields
        {
            Name = CrmFieldRules.Text(errors, "name", "a deal name", input.Name, DealLimits.Name, required: true),
            PipelineId = input.PipelineId,
            StageId = input.StageId,
            Amount = input.Amount ?? 0,
            Currency = currency,
            CloseDate = input.CloseDate,
            Probability = input.Probability,
            OwnerId = string.IsNullOrWhiteSpace(input.OwnerId) ? null : input.OwnerId.Trim(),
            AccountId = input.AccountId,
            ContactId = input.ContactId,
            CloseReason = CrmFieldRules.Text(errors, "closeReason", "a reason", input.CloseReason, DealLimits.Reason),
        };
        if (errors.Count > 0)
            throw new DomainValidationException(errors);
        return result;
    }

    /// <summary>A deal entering a lost stage must say why, so the losses can be analysed.</summary>
    public static void CheckClose(Dictionary<string, string[]> errors, StageOutcome outcome, string? reason, string stageName)
    {
        if (outcome == StageOutcome.Lost && string.IsNullOrWhiteSpace(reason))
            CrmFieldRules.Add(errors, "closeReason", $"Say why the deal was lost: '{stageName}' needs a reason.");
    }
}
