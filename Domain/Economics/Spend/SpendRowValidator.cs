using System.Globalization;
using Lodestar.Domain.Money;

namespace Lodestar.Domain.Economics.Spend;

/// <summary>Checks a <see cref="SpendDraft"/> and turns it into a row; problems are reported under <c>{prefix}.{field}</c>.</summary>
public static class SpendRowValidator
{
    /// <returns>The row (without id and times), or null when <paramref name="errors"/> got at least one problem.</returns>
    public static MarketingSpend? Check(SpendDraft draft, string prefix, IDictionary<string, string[]> errors)
    {
        var before = errors.Count;
        void Fail(string field, string message) => errors[prefix.Length == 0 ? field : $"{prefix}.{field}"] = [message];

        DateOnly date = default;
        if (string.IsNullOrWhiteSpace(draft.Date))
            Fail("date", "Give the day of the spend as YYYY-MM-DD.");
        else if (!DateOnly.TryParseExact(draft.Date.Trim(), ["yyyy-MM-dd", "yyyy/MM/dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            Fail("date", $"'{draft.Date}' is not a date: write it as YYYY-MM-DD, e.g. 2026-03-01.");
        var channel = draft.Channel?.Trim();
        if (string.IsNullOrEmpty(channel) || channel.Length > SpendLimits.ChannelLength)
            Fail("channel", $"Name the channel, e.g. Paid Search (up to {SpendLimits.ChannelLength} characters).");
        var campaign = string.IsNullOrWhiteSpace(draft.Campaign) ? null : draft.Campaign.Trim();
        if (campaign?.Length > SpendLimits.CampaignLength)
            Fail("campaign", $"Shorten the campaign to {SpendLimits.CampaignLength} characters.");
        var currency = draft.Currency?.Trim().ToUpperInvariant();
        if (!Currencies.IsCode(currency))
            Fail("currency", $"'{draft.Currency}' is not an ISO 4217 currency code: write three letters such as USD or EUR.");
        long cost = 0;
        if (string.IsNullOrWhiteSpace(draft.Cost))
            Fail("cost", "Give the cost as a number in the currency's units, e.g. 1250.50.");
        else if (!decimal.TryParse(draft.Cost.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var major)
                 || major < 0 || major >= 1e13m)
            Fail("cost", $"'{draft.Cost}' is not a cost: write a number of 0 or more with a decimal point, e.g. 1250.50.");
        else if (Currencies.IsCode(currency) && Currencies.ToMinor(major, currency!) is { } minor)
            cost = minor;
        else if (Currencies.IsCode(currency))
            Fail("cost", $"{currency} has {Currencies.DigitsOf(currency!)} decimals: '{draft.Cost}' has more.");

        if (errors.Count > before)
            return null;
        return new MarketingSpend { Date = date, Channel = channel!, Campaign = campaign, Cost = cost, Currency = currency! };
    }
}
