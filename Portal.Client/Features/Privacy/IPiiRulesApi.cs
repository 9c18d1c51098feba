namespace Lodestar.Portal.Client.Features.Privacy;

/// <summary>PII controls at ingestion (<c>/api/privacy/pii-rules</c>): read by every signed-in role, replaced by admins.</summary>
public interface IPiiRulesApi
{
    Task<PiiRulesDto> GetAsync(CancellationToken cancellationToken = default);

    Task<PiiRulesDto> SaveAsync(PiiRulesDto rules, CancellationToken cancellationToken = default);
}
