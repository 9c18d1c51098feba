using System.Text.Json;
using Lodestar.Domain.Settings;

namespace Lodestar.Domain.Identity;

/// <summary>The identity rules in force: the saved ones, or Segment's defaults until an admin saves any.</summary>
public sealed class IdentityRulesService(AppSettingsStore settings)
{
    public const string RulesKey = "identity.rules";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IdentityRules> GetAsync(CancellationToken cancellationToken) =>
        (await ReadAsync(cancellationToken)).Rules;

    /// <returns>The rules, and whether they are Segment's defaults because nobody saved any.</returns>
    public async Task<(IdentityRules Rules, bool IsDefault)> ReadAsync(CancellationToken cancellationToken)
    {
        var text = await settings.GetAsync(RulesKey, cancellationToken);
        return text is null ? (IdentityRules.Default, true) : (JsonSerializer.Deserialize<IdentityRules>(text, Json) ?? IdentityRules.Default, false);
    }

    /// <exception cref="DomainValidationException">The rules are not usable; nothing was saved.</exception>
    public async Task<IdentityRules> SaveAsync(IdentityRules rules, CancellationToken cancellationToken)
    {
        var usable = IdentityRulesValidator.Normalize(rules);
        await settings.SetAsync(RulesKey, JsonSerializer.Serialize(usable, Json), cancellationToken);
        return usable;
    }

    public Task ResetAsync(CancellationToken cancellationToken) => settings.RemoveAsync(RulesKey, cancellationToken);
}
