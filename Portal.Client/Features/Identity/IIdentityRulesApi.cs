namespace Lodestar.Portal.Client.Features.Identity;

/// <summary>The identity rules (<c>/api/identity/rules</c>), admins only.</summary>
public interface IIdentityRulesApi
{
    /// <summary>The rules in force: the saved ones, or Segment's defaults.</summary>
    Task<IdentityRulesDto> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Validates and saves the rules, then starts a rebuild so every profile follows them.</summary>
    Task<RulesSavedDto> SaveAsync(IdentityRulesDto rules, CancellationToken cancellationToken = default);

    /// <summary>Goes back to Segment's defaults (and rebuilds).</summary>
    Task<RulesSavedDto> ResetAsync(CancellationToken cancellationToken = default);

    /// <summary>What the rules would change on the stored data, without changing anything.</summary>
    Task<RulesDryRunDto> DryRunAsync(IdentityRulesDto rules, CancellationToken cancellationToken = default);
}
