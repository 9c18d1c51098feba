using Lodestar.Domain.Data;
using Lodestar.Domain.Funnels.Engine;
using Lodestar.Domain.Segments;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Funnels;

/// <summary>Answers funnel questions over the stored events of resolved profiles, and lists the people behind a step.</summary>
public sealed class FunnelService(IDbContextFactory<PortalDbContext> contexts, StaticSegmentService statics, FunnelEventCache cache, TimeProvider time)
{
    public const int MaxPageSize = 500;

    /// <exception cref="DomainValidationException">The query is invalid; the errors name the fields.</exception>
    public async Task<FunnelResult> QueryAsync(FunnelQuery query, CancellationToken cancellationToken)
    {
        var run = await RunAsync(query, cancellationToken);
        return FunnelResultCalculator.Result(run.Plan, run.Events, run.Attempts, run.Traits, time.GetUtcNow().UtcDateTime, run.Read);
    }

    /// <param name="step">1-based.</param>
    /// <param name="breakdownValue">A breakdown group's label (a value, "Other" or "(none)"), or null for everyone.</param>
    public async Task<FunnelPeoplePage> PeopleAsync(FunnelQuery query, int step, FunnelOutcome outcome, string? breakdownValue,
        int offset, int limit, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > MaxPageSize || offset < 0)
            throw new DomainValidationException("limit", $"Ask for 1 to {MaxPageSize} people from an offset of 0 or more.");
        var people = await SelectAsync(query, step, outcome, breakdownValue, cancellationToken);
        var page = people.Skip(offset).Take(limit).ToList();
        var ids = page.Select(p => p.ProfileId).ToList();
        await using var db = contexts.CreateDbContext();
        var names = await db.Profiles.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, cancellationToken);
        return new FunnelPeoplePage(people.Count, [.. page.Select(p => p with { DisplayName = names.GetValueOrDefault(p.ProfileId) ?? $"Profile {p.ProfileId}" })]);
    }

    /// <summary>
    /// Everyone who reached (or dropped off before) the step, once each, in the order they did so: by when they reached
    /// it, or for drop-offs by when they entered.
    /// </summary>
    public async Task<List<FunnelPerson>> SelectAsync(FunnelQuery query, int step, FunnelOutcome outcome, string? breakdownValue,
        CancellationToken cancellationToken)
    {
        if (step < 1 || step > query.Steps.Count)
            throw new DomainValidationException("step", $"Choose a step from 1 to {query.Steps.Count}.");
        if (step == 1 && outcome == FunnelOutcome.DroppedOff)
            throw new DomainValidationException("outcome", "Nobody drops off before the first step: choose a later step.");
        var run = await RunAsync(query, cancellationToken);
        return FunnelPeopleSelector.Select(run.Plan, run.Events, run.Attempts, run.Traits, step - 1, outcome, breakdownValue);
    }

    /// <summary>A static segment of the people <see cref="SelectAsync"/> picks, all pages.</summary>
    /// <exception cref="DomainValidationException">The query, the step, the name or an empty selection.</exception>
    public async Task<Segment> SaveAsSegmentAsync(FunnelQuery query, int step, FunnelOutcome outcome, string? breakdownValue,
        string? name, string? description, string user, CancellationToken cancellationToken)
    {
        var people = await SelectAsync(query, step, outcome, breakdownValue, cancellationToken);
        var what = outcome == FunnelOutcome.Converted ? "who reached" : "who dropped off before";
        var group = breakdownValue is null ? "" : $" ({breakdownValue})";
        var origin = $"a funnel {what} step {step}, {query.Steps[step - 1].Name}{group}, entering {query.From:yyyy-MM-dd} to {query.To:yyyy-MM-dd}";
        var report = await statics.CreateFromProfilesAsync(name, description, [.. people.Select(p => p.ProfileId)], origin, user, cancellationToken);
        return report.Segment;
    }

    private async Task<FunnelRun> RunAsync(FunnelQuery query, CancellationToken cancellationToken)
    {
        FunnelQueryValidator.Check(query);
        var loader = new FunnelEventLoader(contexts, time.GetUtcNow().UtcDateTime, cache);
        var (events, read) = await loader.LoadAsync(query, cancellationToken);
        var traits = await loader.TraitsAsync(query, cancellationToken);
        var plan = new FunnelPlan(query);
        return new FunnelRun(plan, events, FunnelCalculator.Attempts(plan, events), traits, read);
    }
}
