using Lodestar.Portal.Client.Features.Privacy;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Tests.TestDoubles;

/// <summary>PII rules held in memory; <see cref="SaveError"/> makes the next save fail as a 400 would.</summary>
public sealed class FakePiiRulesApi : IPiiRulesApi
{
    public List<PiiRuleDto> Rules { get; } = [];

    public ApiException? SaveError { get; set; }

    public ApiException? LoadError { get; set; }

    public Task<PiiRulesDto> GetAsync(CancellationToken cancellationToken = default) =>
        LoadError is not null ? Task.FromException<PiiRulesDto>(LoadError) : Task.FromResult(new PiiRulesDto([.. Rules]));

    public Task<PiiRulesDto> SaveAsync(PiiRulesDto rules, CancellationToken cancellationToken = default)
    {
        if (SaveError is not null)
            throw SaveError;
        Rules.Clear();
        Rules.AddRange(rules.Rules.Select(r => r with { Action = r.Action?.ToLowerInvariant() }));
        return GetAsync(cancellationToken);
    }
}
