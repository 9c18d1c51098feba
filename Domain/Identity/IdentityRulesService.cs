using System.Text.Json;
using Lodestar.Domain.Settings;

namespace Lodestar.Domain.Identity;

/// <summary>The identity rules in force: the saved ones, or Segment's defaults until an admin saves any.</summary>
public sealed class IdentityRulesService(AppSettingsStore settings)
{
    public const string RulesKey = "identity.rules";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IdentityRules> GetAsync(CancellationToken cancellationToken)
    {
        var text = await settings.GetAsync(RulesKey, cancellationToken);
        return text is null ? IdentityRules.Default : JsonSerializer.Deserialize<IdentityRules>(text, Json) ?? IdentityRules.Default;
    }

    public Task SaveAsync(IdentityRules rules, CancellationToken cancellationToken) =>
        settings.SetAsync(RulesKey, JsonSerializer.Serialize(rules, Json), cancellationToken);
}
