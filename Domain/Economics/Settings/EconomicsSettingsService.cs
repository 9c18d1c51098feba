using System.Text.Json;
using System.Text.Json.Serialization;
using Lodestar.Domain.Data;
using Lodestar.Domain.Economics.Attribution;
using Lodestar.Domain.Money;
using Lodestar.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Economics.Settings;

/// <summary>Reads and saves the <see cref="EconomicsSettings"/>: the rates in their table, the rest as one workspace setting.</summary>
public sealed class EconomicsSettingsService(IDbContextFactory<PortalDbContext> contexts, TimeProvider time)
{
    public const string SettingKey = "economics.settings";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task<EconomicsSettings> GetAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rates = await db.ExchangeRates.AsNoTracking().ToDictionaryAsync(r => r.Currency, r => r.Rate, cancellationToken);
        var text = await AppSettingsStore.ReadAsync(db, SettingKey, cancellationToken);
        var stored = text is null ? null : JsonSerializer.Deserialize<StoredSettings>(text, Json);
        var defaults = EconomicsSettings.Default;
        return new EconomicsSettings(stored?.Currency ?? defaults.Currency, stored?.Attribution ?? defaults.Attribution,
            stored?.ChannelRules ?? defaults.ChannelRules, stored?.OwnDomains ?? defaults.OwnDomains, rates);
    }

    /// <exception cref="DomainValidationException">Names each wrong field (<c>currency</c>, <c>rates.EUR</c>, <c>channelRules[2].channel</c>).</exception>
    public async Task<EconomicsSettings> SaveAsync(EconomicsSettings settings, CancellationToken cancellationToken)
    {
        if (Problems(settings) is { Count: > 0 } problems)
            throw new DomainValidationException(problems);
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.ExchangeRates.ExecuteDeleteAsync(cancellationToken);
        db.ExchangeRates.AddRange(settings.Rates.Select(r => new ExchangeRate { Currency = r.Key, Rate = r.Value, UpdatedAt = now }));
        var stored = new StoredSettings(settings.Currency, settings.Attribution, settings.ChannelRules, settings.OwnDomains);
        await AppSettingsStore.StageAsync(db, SettingKey, JsonSerializer.Serialize(stored, Json), now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return settings;
    }

    /// <returns>Each wrong field (<c>currency</c>, <c>rates.EUR</c>, <c>channelRules[2].channel</c>) and what to fix; empty when all is well.</returns>
    public static Dictionary<string, string[]> Problems(EconomicsSettings settings)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Currencies.IsCode(settings.Currency))
            errors["currency"] = [$"'{settings.Currency}' is not an ISO 4217 code: write three capital letters such as USD or EUR."];
        foreach (var (code, rate) in settings.Rates)
        {
            if (!Currencies.IsCode(code))
                errors[$"rates.{code}"] = [$"'{code}' is not an ISO 4217 code: write three capital letters such as EUR."];
            else if (code == settings.Currency)
                errors[$"rates.{code}"] = [$"{code} is the workspace currency: it needs no rate."];
            else if (rate <= 0)
                errors[$"rates.{code}"] = [$"The rate of {code} must be above 0: how many {settings.Currency} one {code} is worth."];
        }

        for (var i = 0; i < settings.ChannelRules.Count; i++)
        {
            var rule = settings.ChannelRules[i];
            if (string.IsNullOrWhiteSpace(rule.Channel) || rule.Channel.Length > Spend.SpendLimits.ChannelLength)
                errors[$"channelRules[{i}].channel"] = [$"Name the channel (up to {Spend.SpendLimits.ChannelLength} characters)."];
            if (rule.Sources is not { Count: > 0 } && rule.Mediums is not { Count: > 0 } && rule.ReferrerDomains is not { Count: > 0 })
                errors[$"channelRules[{i}]"] = ["A rule names UTM sources, mediums or referrer domains: one that names none would take every touch."];
        }

        return errors;
    }

    private sealed record StoredSettings(string Currency, AttributionModel Attribution, IReadOnlyList<ChannelRule> ChannelRules, IReadOnlyList<string> OwnDomains);
}
