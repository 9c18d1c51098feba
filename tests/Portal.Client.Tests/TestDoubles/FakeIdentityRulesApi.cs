using Lodestar.Portal.Client.Features.Identity;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Tests.TestDoubles;

/// <summary>An in-memory <see cref="IIdentityRulesApi"/> that records what was sent and can refuse it.</summary>
public sealed class FakeIdentityRulesApi : IIdentityRulesApi
{
    public IdentityRulesDto Rules { get; set; } = Defaults();

    /// <summary>Thrown by <see cref="GetAsync"/> when set.</summary>
    public ApiException? GetError { get; set; }

    /// <summary>Thrown by <see cref="SaveAsync"/> and <see cref="DryRunAsync"/> when set, as a refused request would be.</summary>
    public ApiException? SendError { get; set; }

    public RulesDryRunDto DryRunResult { get; set; } = new(1_000, 50, 50, 0, 0, 0, 0, [], 0.4);

    /// <summary>When set, a dry run waits for it, so a test can look at the page while the dry run runs.</summary>
    public TaskCompletionSource? DryRunGate { get; set; }

    public List<IdentityRulesDto> Saved { get; } = [];

    public List<IdentityRulesDto> DryRuns { get; } = [];

    public int Resets { get; private set; }

    public Task<IdentityRulesDto> GetAsync(CancellationToken cancellationToken = default) =>
        GetError is null ? Task.FromResult(Rules) : Task.FromException<IdentityRulesDto>(GetError);

    public Task<RulesSavedDto> SaveAsync(IdentityRulesDto rules, CancellationToken cancellationToken = default)
    {
        Saved.Add(rules);
        if (SendError is not null)
            return Task.FromException<RulesSavedDto>(SendError);
        Rules = rules with { IsDefault = false };
        return Task.FromResult(new RulesSavedDto(Rules, $"rebuild-{Saved.Count}"));
    }

    public Task<RulesSavedDto> ResetAsync(CancellationToken cancellationToken = default)
    {
        Resets++;
        Rules = Defaults();
        return Task.FromResult(new RulesSavedDto(Rules, $"reset-{Resets}"));
    }

    public async Task<RulesDryRunDto> DryRunAsync(IdentityRulesDto rules, CancellationToken cancellationToken = default)
    {
        DryRuns.Add(rules);
        if (DryRunGate is not null)
            await DryRunGate.Task;
        return SendError is null ? DryRunResult : throw SendError;
    }

    /// <summary>Segment's defaults, as the server sends them.</summary>
    public static IdentityRulesDto Defaults() => new(
        [
            new("user_id", 1, ["userId"], IdentifierNormalizations.Trim, BuiltIn: true),
            new("email", 5, ["traits.email", "context.traits.email", "properties.email"], IdentifierNormalizations.Lowercase, BuiltIn: true),
            new("phone", 5, ["traits.phone", "context.traits.phone", "properties.phone"], IdentifierNormalizations.Phone, BuiltIn: true),
            new("device_id", 5, ["context.device.id"], IdentifierNormalizations.Trim, BuiltIn: true),
            new("anonymous_id", 5, ["anonymousId"], IdentifierNormalizations.Trim, BuiltIn: true),
        ],
        ["null", "anonymous", "test@test.com", "/^(info|team)@/"],
        "US",
        IsDefault: true);
}
