using Lodestar.Domain.Audit;
using Lodestar.Domain.Privacy.Pii;
using Lodestar.Portal.Client.Features.Privacy;
using Lodestar.Portal.Features.Audit;
using Lodestar.Portal.Infrastructure;

namespace Lodestar.Portal.Features.Privacy;

/// <summary>The server side of <see cref="IPiiRulesApi"/>.</summary>
internal sealed class ServerPiiRulesApi(PiiRuleService rules, AuditRecorder audit) : IPiiRulesApi
{
    public Task<PiiRulesDto> GetAsync(CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
        ToDto(await rules.GetAsync(cancellationToken)));

    public Task<PiiRulesDto> SaveAsync(PiiRulesDto saved, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var inputs = saved?.Rules?.Select(r => r is null ? null : new PiiRuleInput(r.Path, r.Action)).ToList();
        var stored = await rules.SaveAsync(inputs, cancellationToken);
        await audit.RecordAsync(AuditActions.PiiRulesChanged, new AuditTarget("settings", "pii-rules", "PII rules"),
            stored.Count == 0 ? "no rules" : string.Join("; ", stored.Select(r => $"{r.Path} {r.ActionName}")));
        return ToDto(stored);
    });

    private static PiiRulesDto ToDto(IReadOnlyList<PiiRule> rules) => new(rules.Select(r => new PiiRuleDto(r.Path, r.ActionName)).ToList());
}
