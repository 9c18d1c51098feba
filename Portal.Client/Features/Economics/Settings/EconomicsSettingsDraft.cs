namespace Lodestar.Portal.Client.Features.Economics.Settings;

/// <summary>The economics settings as the admin edits them; nothing reaches the server until Save.</summary>
public sealed class EconomicsSettingsDraft
{
    public string? Currency { get; set; }

    public string Attribution { get; set; } = "first-touch";

    public List<RateDraft> Rates { get; } = [];

    public List<ChannelRuleDraft> Rules { get; } = [];

    /// <summary>The workspace's own domains, comma-separated.</summary>
    public string? OwnDomains { get; set; }

    public static EconomicsSettingsDraft From(EconomicsSettingsDto dto)
    {
        var draft = new EconomicsSettingsDraft
        {
            Currency = dto.Currency,
            Attribution = dto.Attribution ?? "first-touch",
            OwnDomains = ChannelRuleDraft.Join(dto.OwnDomains),
        };
        draft.Rates.AddRange((dto.Rates ?? new Dictionary<string, decimal>()).OrderBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => new RateDraft { Currency = r.Key, Rate = r.Value }));
        draft.Rules.AddRange((dto.ChannelRules ?? []).Select(ChannelRuleDraft.From));
        return draft;
    }

    /// <summary>What the form itself can tell before asking the server: a rate line without a code or rate, a code listed twice.</summary>
    public Dictionary<string, string[]> Problems()
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var rate in Rates)
        {
            if (rate.Code.Length == 0)
                errors["rates."] = ["Give each rate line a currency code, or remove it."];
            else if (Rates.Count(r => r.Code == rate.Code) > 1)
                errors[$"rates.{rate.Code}"] = [$"{rate.Code} is listed twice: keep one rate."];
            else if (rate.Rate is null)
                errors[$"rates.{rate.Code}"] = [$"Give the rate of {rate.Code}."];
        }

        return errors;
    }

    public EconomicsSettingsDto ToDto() => new(
        Currency?.Trim().ToUpperInvariant(),
        Attribution,
        Rates.Where(r => r.Code.Length > 0 && r.Rate is not null).DistinctBy(r => r.Code).ToDictionary(r => r.Code, r => r.Rate!.Value),
        Rules.Select(r => r.ToDto()).ToList(),
        ChannelRuleDraft.Split(OwnDomains) ?? []);

    /// <summary>Compares drafts, every line as typed: whether there is anything to save.</summary>
    public string Fingerprint() => System.Text.Json.JsonSerializer.Serialize(new { Currency, Attribution, Rates, Rules, OwnDomains });
}
