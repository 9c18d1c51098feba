using Lodestar.Domain.Audit;
using Lodestar.Domain.Identity;
using Lodestar.Jobs;
using Lodestar.Portal.Client.Features.Identity;
using Lodestar.Portal.Features.Audit;
using Lodestar.Portal.Infrastructure;

namespace Lodestar.Portal.Features.Identity;

/// <summary>The server side of <see cref="IIdentityRulesApi"/>.</summary>
internal sealed class ServerIdentityRulesApi(IdentityRulesService rules, RulesDryRunService dryRuns, JobLauncher launcher, AuditRecorder audit)
    : IIdentityRulesApi
{
    private static readonly AuditTarget RulesTarget = new("settings", "identity-rules", "Identity rules");

    public Task<IdentityRulesDto> GetAsync(CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var (current, isDefault) = await rules.ReadAsync(cancellationToken);
        return IdentityRulesMapping.ToDto(current, isDefault);
    });

    public Task<RulesSavedDto> SaveAsync(IdentityRulesDto dto, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var saved = await rules.SaveAsync(IdentityRulesMapping.FromDto(dto), cancellationToken);
        await audit.RecordAsync(AuditActions.IdentityRulesChanged, RulesTarget, "saved; identity rebuild queued");
        return new RulesSavedDto(IdentityRulesMapping.ToDto(saved, false), await launcher.RunKnownAsync(JobNames.IdentityRebuild, cancellationToken));
    });

    public Task<RulesSavedDto> ResetAsync(CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        await rules.ResetAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.IdentityRulesChanged, RulesTarget, "reset to the defaults; identity rebuild queued");
        return new RulesSavedDto(IdentityRulesMapping.ToDto(IdentityRules.Default, true), await launcher.RunKnownAsync(JobNames.IdentityRebuild, cancellationToken));
    });

    public Task<RulesDryRunDto> DryRunAsync(IdentityRulesDto dto, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var run = await dryRuns.RunAsync(IdentityRulesMapping.FromDto(dto), cancellationToken);
        var names = await dryRuns.NamesAsync(run.Examples.SelectMany(e => e.ProfileIds), cancellationToken);
        return new RulesDryRunDto(run.EventsRead, run.ProfilesNow, run.ProfilesAfter, run.Merges, run.Splits, run.IdentifiersDropped,
            run.IdentifiersAdded,
            run.Examples.Select(e => new RulesDryRunChangeDto(e.Kind,
                e.ProfileIds.Select(id => new DryRunProfileDto(id, names.GetValueOrDefault(id))).ToList(),
                e.Groups.Select(g => (IReadOnlyList<string>)g.Select(k => $"{k.Type}: {k.Value}").ToList()).ToList())).ToList(),
            run.Elapsed.TotalSeconds);
    });
}
