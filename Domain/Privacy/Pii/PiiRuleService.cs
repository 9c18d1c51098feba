using System.Text.Json;
using Lodestar.Domain.Settings;

namespace Lodestar.Domain.Privacy.Pii;

/// <summary>
/// The workspace's PII rules: read and saved as a setting, and cached for the tracking API's hot path. The cache is
/// replaced when rules are saved on this node and reloaded every 30 seconds for saves made on other nodes.
/// </summary>
public sealed class PiiRuleService(AppSettingsStore settings, TimeProvider time)
{
    public const string SettingKey = "privacy.pii.rules";

    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly SemaphoreSlim _reload = new(1, 1);
    private volatile Snapshot? _snapshot;

    public async Task<IReadOnlyList<PiiRule>> GetAsync(CancellationToken cancellationToken) => (await CurrentAsync(cancellationToken)).Rules;

    /// <summary>The rules ingestion applies now; a database read at most every 30 seconds.</summary>
    public async ValueTask<PiiRuleSet> CurrentAsync(CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        if (snapshot is not null && time.GetUtcNow() - snapshot.LoadedAt <= MaxAge)
            return snapshot.Rules;
        await _reload.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have reloaded while this one waited.
            if (!ReferenceEquals(_snapshot, snapshot))
                return _snapshot!.Rules;
            var rules = new PiiRuleSet(Deserialize(await settings.GetAsync(SettingKey, cancellationToken)));
            _snapshot = new Snapshot(rules, time.GetUtcNow());
            return rules;
        }
        finally
        {
            _reload.Release();
        }
    }

    /// <summary>Replaces the rules; messages accepted from now on (on this node) are stored by them.</summary>
    /// <exception cref="DomainValidationException">A rule is wrong; nothing was saved.</exception>
    public async Task<IReadOnlyList<PiiRule>> SaveAsync(IReadOnlyList<PiiRuleInput?>? inputs, CancellationToken cancellationToken)
    {
        var rules = PiiRuleParser.Parse(inputs);
        var stored = rules.Select(r => new StoredRule(r.Path, r.ActionName)).ToList();
        await settings.SetAsync(SettingKey, JsonSerializer.Serialize(stored, Json), cancellationToken);
        _snapshot = new Snapshot(new PiiRuleSet(rules), time.GetUtcNow());
        return rules;
    }

    private static IReadOnlyList<PiiRule> Deserialize(string? text)
    {
        if (text is null)
            return [];
        var stored = JsonSerializer.Deserialize<List<StoredRule>>(text, Json) ?? [];
        return stored.Select(s => new PiiRule(s.Path, PiiRuleParser.ParseAction(s.Action) ?? PiiAction.Drop)).ToList();
    }

    private sealed record StoredRule(string Path, string Action);

    private sealed record Snapshot(PiiRuleSet Rules, DateTimeOffset LoadedAt);
}
